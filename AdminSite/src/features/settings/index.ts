import { defineFeature } from '../../app/feature';
import messages from './messages';

export const settingsFeature = defineFeature({
  name: 'settings',
  messages,
  routes: [
    { path: '/settings', redirect: '/settings/organisation' },
    // Everyone on the staff reads the settings (the rules their cases follow); the editors let only administrators save.
    { path: '/settings/:section', component: () => import('./SettingsPage.vue'), meta: { title: 'nav.settings' } },
  ],
  nav: [{ to: '/settings', label: 'nav.settings' }],
});
