import { defineFeature } from '../../app/feature';

/** The annual satisfaction survey of main customers (顾客满意程度调查, docs/procedure.md §10): one page per year. */
export const surveysFeature = defineFeature({
  name: 'surveys',
  messages: { en: () => import('./messages.en'), 'zh-CN': () => import('./messages.zh-CN') },
  routes: [
    { path: '/surveys', component: () => import('./SurveyResultsPage.vue'), meta: { title: 'nav.surveys' } },
    { path: '/surveys/:year', component: () => import('./SurveyResultsPage.vue'), meta: { title: 'nav.surveys' } },
    { path: '/suggestions', component: () => import('./SuggestionsPage.vue'), meta: { title: 'nav.surveys' } },
    { path: '/suggestions/:month', component: () => import('./SuggestionsPage.vue'), meta: { title: 'nav.surveys' } },
  ],
  nav: [{ to: '/surveys', label: 'nav.surveys' }],
});
