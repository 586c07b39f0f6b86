import { defineFeature } from '../../app/feature';

export const casesFeature = defineFeature({
  name: 'cases',
  messages: { en: () => import('./messages.en'), 'zh-CN': () => import('./messages.zh-CN') },
  // The list and the first-contact dialog offer the desk's actions; a case shows its returned goods.
  borrows: ['desk', 'returns'],
  routes: [
    { path: '/cases', component: () => import('./list/CaseListPage.vue'), meta: { title: 'nav.cases' } },
    { path: '/cases/:number', component: () => import('./detail/CaseDetailPage.vue'), meta: { title: 'nav.cases' } },
  ],
  nav: [{ to: '/cases', label: 'nav.cases' }],
});
