import { defineFeature } from '../../app/feature';
import messages from './messages';

/** Improvement actions (DOMAIN §14.7–8): opened by the annual survey and by control limits, owned by departments. */
export const improvementsFeature = defineFeature({
  name: 'improvements',
  messages,
  routes: [{ path: '/improvements', component: () => import('./ImprovementsPage.vue'), meta: { title: 'nav.improvements' } }],
  nav: [{ to: '/improvements', label: 'nav.improvements' }],
});
