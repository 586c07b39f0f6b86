import { defineFeature } from '../../app/feature';
import messages from './messages';

/** The complaint desk's own work: registering what arrives by phone, letter, visit or a regulator. */
export const deskFeature = defineFeature({
  name: 'desk',
  messages,
  routes: [{ path: '/cases/new', component: () => import('./NewCasePage.vue'), meta: { title: 'desk.title' } }],
});
