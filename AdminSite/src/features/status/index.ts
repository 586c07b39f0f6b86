import { defineFeature } from '../../app/feature';
import messages from './messages';

export const statusFeature = defineFeature({
  name: 'status',
  messages,
  routes: [{ path: '/status', component: () => import('./StatusPage.vue'), meta: { public: true, title: 'nav.status' } }],
  nav: [{ to: '/status', label: 'nav.status', public: true }],
});
