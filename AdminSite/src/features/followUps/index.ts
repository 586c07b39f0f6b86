import { defineFeature } from '../../app/feature';
import messages from './messages';

/** Tier-A customers are followed up by a personal visit (走访) instead of the survey mail: who is due. */
export const followUpsFeature = defineFeature({
  name: 'followUps',
  messages,
  routes: [{ path: '/follow-ups', component: () => import('./VisitsPage.vue'), meta: { title: 'nav.followUps' } }],
  nav: [{ to: '/follow-ups', label: 'nav.followUps' }],
});
