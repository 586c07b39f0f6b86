import type { Plugin } from 'vite';

/** A value imported from the library's index: `import { ElMessage } from 'element-plus'` (types are fine). */
const indexImport = /^\s*import\s+(?!type\b)[^'";]*?from\s+['"]element-plus['"]/m;

/**
 * Fails the build when console code imports a value from Element Plus's index: such an import brings the
 * component without its stylesheet, and the auto-import would then skip it (docs/adr/0048-console-bundle.md).
 */
export function elementPlusOnDemand(): Plugin {
  return {
    name: 'console-element-plus-on-demand',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/src/') || id.includes('/node_modules/') || !indexImport.test(code)) return;
      this.error(
        `${id} imports from 'element-plus'. Use components in templates and services (ElMessage …) without an ` +
          'import: the build brings each with its stylesheet.',
      );
    },
  };
}
