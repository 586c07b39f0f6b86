import { defineFeature } from '../../app/feature';

export const customersFeature = defineFeature({
  name: 'customers',
  messages: { en: () => import('./messages.en'), 'zh-CN': () => import('./messages.zh-CN') },
  routes: [
    { path: '/customers', component: () => import('./CustomerListPage.vue'), meta: { title: 'nav.customers' } },
    { path: '/customers/:id', component: () => import('./CustomerPage.vue'), meta: { title: 'nav.customers' } },
  ],
  nav: [{ to: '/customers', label: 'nav.customers' }],
});
