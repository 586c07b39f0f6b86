import { createRouter, createWebHashHistory } from 'vue-router';
import { features } from '../features';
import { i18n } from '../i18n';
import { loadSession } from './session';

/**
 * Hash routing: mails link staff to /console/#/cases/{number}, and the app serves one shell at /console/.
 * Each feature brings its routes; a page waits for the session so it knows who is asking.
 */
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', redirect: '/cases' },
    ...features.flatMap((f) => f.routes),
    { path: '/:pathMatch(.*)*', component: () => import('../features/shell/NotFoundPage.vue'), meta: { public: true } },
  ],
  scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
});

router.beforeEach(async () => {
  await loadSession();
  return true;
});

router.afterEach((to) => {
  const { t } = i18n.global;
  const page = to.meta.title ? t(to.meta.title) : '';
  document.title = page ? `${page} · ${t('app.title')}` : `${t('app.title')} · ${t('app.subtitle')}`;
});
