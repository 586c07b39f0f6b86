import { defineFeature } from '../../app/feature';
import { may } from '../../app/session';
import messages from './messages';

export const peopleFeature = defineFeature({
  name: 'people',
  messages,
  routes: [{ path: '/people', component: () => import('./PeoplePage.vue'), meta: { capability: 'managePeople', title: 'nav.people' } }],
  nav: [{ to: '/people', label: 'nav.people', visible: () => may('managePeople') }],
});
