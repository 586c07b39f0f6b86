import { defineFeature } from '../../app/feature';
import messages from './messages';

export const casesFeature = defineFeature({
  name: 'cases',
  messages,
  routes: [
    { path: '/cases', component: () => import('./list/CaseListPage.vue'), meta: { title: 'nav.cases' } },
    { path: '/cases/:number', component: () => import('./detail/CaseDetailPage.vue'), meta: { title: 'nav.cases' } },
  ],
  nav: [{ to: '/cases', label: 'nav.cases' }],
});
