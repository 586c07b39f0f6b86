import { defineFeature } from '../../app/feature';

/** Returned goods (docs/procedure.md §14.6): goods that reached the warehouse without a case are registered here. */
export const returnsFeature = defineFeature({
  name: 'returns',
  messages: { en: () => import('./messages.en'), 'zh-CN': () => import('./messages.zh-CN') },
  routes: [{ path: '/returns/new', component: () => import('./ReturnIntakePage.vue'), meta: { title: 'nav.returns' } }],
  nav: [{ to: '/returns/new', label: 'nav.returns' }],
});
