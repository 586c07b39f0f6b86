import { defineFeature } from '../../app/feature';

/** Tier-A customers are followed up by a personal visit (走访) instead of the survey mail: who is due. */
export const followUpsFeature = defineFeature({
  name: 'followUps',
  messages: { en: () => import('./messages.en'), 'zh-CN': () => import('./messages.zh-CN') },
  routes: [{ path: '/follow-ups', component: () => import('./VisitsPage.vue'), meta: { title: 'nav.followUps' } }],
  nav: [{ to: '/follow-ups', label: 'nav.followUps' }],
});
