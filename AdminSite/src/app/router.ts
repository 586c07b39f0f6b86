import { createRouter, createWebHashHistory } from 'vue-router';
import { features } from '../features';
import { i18n, showAreas } from '../i18n';
import { loadSession, session } from './session';
import { rememberReturnTo, takeReturnTo } from './returnTo';

/**
 * Hash routing: mails link staff to /console/#/cases/{number}, and the app serves one shell at /console/.
 * Each feature brings its routes; a page waits for the session so it knows who is asking.
 */
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', redirect: '/cases' },
    ...features.flatMap((f) => {
      const areas = f.messages ? [f.name, ...(f.borrows ?? [])] : (f.borrows ?? []);
      return f.routes.map((r) => ({ ...r, meta: { ...r.meta, areas } }));
    }),
    { path: '/:pathMatch(.*)*', component: () => import('../features/shell/NotFoundPage.vue'), meta: { public: true } },
  ],
  scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
});

router.beforeEach(async (to) => {
  await loadSession();
  // Kept before the signed-out view can be used: the page's own code and words may still be loading, and a
  // sign-in started meanwhile must still come back here.
  if (session.state === 'signedOut' && !to.meta.public) {
    rememberReturnTo(to.fullPath);
  }
  // The page someone wanted before signing in wins over the list the shell opens on; redirecting here, before
  // that page mounts, leaves it no chance to replace the route with its own filters afterwards.
  if (session.state === 'signedIn') {
    const returnTo = takeReturnTo();
    if (returnTo && returnTo !== to.fullPath) {
      return returnTo;
    }
  }
  return true;
});

// A page's words are there before it renders.
router.beforeResolve((to) => showAreas(to.meta.areas ?? []));

router.afterEach((to) => {
  const { t } = i18n.global;
  const page = to.meta.title ? t(to.meta.title) : '';
  document.title = page ? `${page} · ${t('app.title')}` : `${t('app.title')} · ${t('app.subtitle')}`;
});
