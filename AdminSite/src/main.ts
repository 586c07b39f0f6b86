import { createApp } from 'vue';
import { createI18n } from 'vue-i18n';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';
import App from './App.vue';
import { messages, preferredLocale } from './i18n/messages';

const i18n = createI18n({
  legacy: false,
  locale: preferredLocale(localStorage.getItem('console.locale'), navigator.languages),
  fallbackLocale: 'en',
  messages,
  datetimeFormats: {
    en: { long: { dateStyle: 'medium', timeStyle: 'medium' } },
    'zh-CN': { long: { dateStyle: 'medium', timeStyle: 'medium' } },
  },
});

createApp(App).use(i18n).use(ElementPlus).mount('#app');
