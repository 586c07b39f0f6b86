import { defineFeature } from '../../app/feature';
import messages from './messages';

export const customersFeature = defineFeature({
  name: 'customers',
  messages,
  routes: [
    { path: '/customers', component: () => import('./CustomerListPage.vue'), meta: { title: 'nav.customers' } },
    { path: '/customers/:id', component: () => import('./CustomerPage.vue'), meta: { title: 'nav.customers' } },
  ],
  nav: [{ to: '/customers', label: 'nav.customers' }],
});
