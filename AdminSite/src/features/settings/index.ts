import { defineFeature } from '../../app/feature';

export const settingsFeature = defineFeature({
  name: 'settings',
  messages: { en: () => import('./messages.en'), 'zh-CN': () => import('./messages.zh-CN') },
  routes: [
    { path: '/settings', redirect: '/settings/organisation' },
    // Everyone on the staff reads the settings (the rules their cases follow); the editors let only administrators save.
    { path: '/settings/:section', component: () => import('./SettingsPage.vue'), meta: { title: 'nav.settings' } },
  ],
  nav: [{ to: '/settings', label: 'nav.settings' }],
});
