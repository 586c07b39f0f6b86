import { defineFeature } from '../../app/feature';

/** The complaint desk's own work: registering what arrives by phone, letter, visit or a regulator. */
export const deskFeature = defineFeature({
  name: 'desk',
  messages: { en: () => import('./messages.en'), 'zh-CN': () => import('./messages.zh-CN') },
  routes: [{ path: '/cases/new', component: () => import('./NewCasePage.vue'), meta: { title: 'desk.title' } }],
});
