import { defineFeature } from '../../app/feature';

/** Improvement actions (docs/procedure.md §14.7–8): opened by the annual survey and by control limits, owned by departments. */
export const improvementsFeature = defineFeature({
  name: 'improvements',
  messages: { en: () => import('./messages.en'), 'zh-CN': () => import('./messages.zh-CN') },
  // An improvement action is a case: its origin is told in the cases' words.
  borrows: ['cases'],
  routes: [{ path: '/improvements', component: () => import('./ImprovementsPage.vue'), meta: { title: 'nav.improvements' } }],
  nav: [{ to: '/improvements', label: 'nav.improvements' }],
});
