import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import AutoImport from 'unplugin-auto-import/vite';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import { fileURLToPath } from 'node:url';
import { budget } from './build/budget.ts';
import { elementPlusOnDemand } from './build/elementPlusOnDemand.ts';

// Element Plus is imported per component with its own stylesheet, so a page loads only what it shows
// (docs/adr/0048-console-bundle.md).
const elementPlus = ElementPlusResolver({ importStyle: 'css', directives: true });

// The console is served by the function app under /console, from the app's web root.
export default defineConfig({
  base: '/console/',
  // Every component is written with <script setup>, and the console uses vue-i18n's composition API only.
  define: { __VUE_I18N_FULL_INSTALL__: 'false', __VUE_I18N_LEGACY_API__: 'false', __INTLIFY_PROD_DEVTOOLS__: 'false' },
  plugins: [
    vue({ features: { optionsAPI: false } }),
    // el-* in templates (their props stay unchecked by vue-tsc, as with the global registration before).
    Components({ resolvers: [elementPlus], dts: false }),
    // ElMessage and the other services are used without an import, so their stylesheets come along.
    AutoImport({ resolvers: [elementPlus], dts: 'src/auto-imports.d.ts' }),
    elementPlusOnDemand(),
    // The console opens on the case list (/console/#/cases), in one language.
    budget({
      pages: ['src/features/cases/list/CaseListPage.vue'],
      // The shell's messages and those of the cases area with the areas it borrows (src/features/cases/index.ts).
      languages: ['en', 'zh-CN'].map((l) => [
        `src/i18n/bundles/${l}.ts`,
        ...['cases', 'desk', 'returns'].map((area) => `src/features/${area}/messages.${l}.ts`),
      ]),
      budget: { js: 450_000, css: 120_000 },
    }),
  ],
  build: {
    outDir: fileURLToPath(new URL('../Functions/wwwroot/console', import.meta.url)),
    emptyOutDir: true,
    // The build prints what a user needs; rolldown's timing report about slow plugins is noise on a busy machine.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: {
    host: '127.0.0.1',
    proxy: {
      '/api': 'http://localhost:7071',
      '/health': 'http://localhost:7071',
      '/dev': 'http://localhost:7071',
    },
  },
});
