import { defineFeature } from '../../app/feature';

export const statusFeature = defineFeature({
  name: 'status',
  messages: { en: () => import('./messages.en'), 'zh-CN': () => import('./messages.zh-CN') },
  routes: [{ path: '/status', component: () => import('./StatusPage.vue'), meta: { public: true, title: 'nav.status' } }],
  nav: [{ to: '/status', label: 'nav.status', public: true }],
});
