import { defineFeature } from '../../app/feature';
import { mayReadManagementReports } from '../../app/session';

/** The reports management reads (docs/procedure.md §11): the monthly summary and the complaint register. The 8D report is on each case. */
export const reportsFeature = defineFeature({
  name: 'reports',
  messages: { en: () => import('./messages.en'), 'zh-CN': () => import('./messages.zh-CN') },
  // Not limited by meta: anyone may open the page, and the app's refusal says who the reports are for.
  routes: [{ path: '/reports', component: () => import('./ReportsPage.vue'), meta: { title: 'nav.reports' } }],
  nav: [{ to: '/reports', label: 'nav.reports', visible: mayReadManagementReports }],
});
