import { defineFeature } from '../../app/feature';
import { may } from '../../app/session';

export const peopleFeature = defineFeature({
  name: 'people',
  messages: { en: () => import('./messages.en'), 'zh-CN': () => import('./messages.zh-CN') },
  routes: [{ path: '/people', component: () => import('./PeoplePage.vue'), meta: { capability: 'managePeople', title: 'nav.people' } }],
  nav: [{ to: '/people', label: 'nav.people', visible: () => may('managePeople') }],
});
