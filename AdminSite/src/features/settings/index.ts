import type { Feature } from '../../app/feature';
import { isAdministrator } from '../../app/session';
import messages from './messages';

export const settingsFeature: Feature = {
  name: 'settings',
  messages,
  routes: [
    { path: '/settings', redirect: '/settings/organisation' },
    { path: '/settings/:section', component: () => import('./SettingsPage.vue'), meta: { admin: true, title: 'nav.settings' } },
  ],
  nav: [{ to: '/settings', label: 'nav.settings', visible: isAdministrator }],
};
