import { createApp } from 'vue';
// Element Plus's variables first, so the console's own palette (theme.css) overrides them on every page.
import 'element-plus/theme-chalk/base.css';
import './app/theme.css';
import App from './App.vue';
import { i18n, showLocale, startLocale } from './i18n';
import { router } from './app/router';

// A path-style link (/console/cases/FB-…) still reaches the page: routes live in the hash.
const rest = location.pathname.replace(/^\/console\/?/, '');
if (rest && !location.hash) {
  location.replace(`/console/#/${rest}${location.search}`);
} else {
  // The page is written in one language from its first paint: its messages come before the app mounts.
  void showLocale(startLocale).then(() => createApp(App).use(i18n).use(router).mount('#app'));
}
