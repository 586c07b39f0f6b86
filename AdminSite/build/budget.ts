import type { Plugin, Rolldown } from 'vite';

type OutputAsset = Rolldown.OutputAsset;
type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/** Bytes before compression a screen may load: its JavaScript and its stylesheets. */
export interface Budget {
  js: number;
  css: number;
}

/**
 * What the first screen loads: the entry with everything it imports statically, the pages it opens on, and the
 * messages of one language (loaded before the app mounts).
 */
export interface FirstScreen {
  /** The route components the first screen shows, as paths ending their module ids (e.g. the case list's). */
  pages: string[];
  /** Per language, the message modules the first screen loads; it is measured in each and held to the heaviest. */
  languages: string[][];
  budget: Budget;
}

const kB = 1000;

function isChunk(item: OutputBundle[string] | undefined): item is OutputChunk {
  return item?.type === 'chunk';
}

function size(item: OutputChunk | OutputAsset): number {
  return item.type === 'chunk' ? Buffer.byteLength(item.code) : Buffer.byteLength(item.source);
}

/** Each chunk with everything it imports statically (a lazy route's `import()` is not followed). */
function closure(bundle: OutputBundle, roots: OutputChunk[]): Set<OutputChunk> {
  const seen = new Set<OutputChunk>();
  const pending = [...roots];
  for (let chunk = pending.pop(); chunk; chunk = pending.pop()) {
    if (seen.has(chunk)) continue;
    seen.add(chunk);
    pending.push(...chunk.imports.map((name) => bundle[name]).filter(isChunk));
  }
  return seen;
}

const sum = (items: (OutputChunk | OutputAsset)[]) => items.reduce((n, item) => n + size(item), 0);

function chunkOf(chunks: OutputChunk[], module: string): OutputChunk {
  const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(module));
  if (!chunk) throw new Error(`No chunk for the first screen's ${module}; was it renamed?`);
  return chunk;
}

/** What the first screen loads in each language, and the whole build, in bytes. */
function measure(bundle: OutputBundle, screen: FirstScreen): { first: Budget[]; total: Budget } {
  const chunks = Object.values(bundle).filter(isChunk);
  const entries = chunks.filter((c) => c.isEntry);
  if (entries.length === 0) throw new Error('The build has no entry chunk.');
  const routes = screen.pages.map((page) => chunkOf(chunks, page));
  const first = screen.languages.map((language) => {
    const loaded = closure(bundle, [...entries, ...routes, ...language.map((module) => chunkOf(chunks, module))]);
    const css = new Set([...loaded].flatMap((c) => [...(c.viteMetadata?.importedCss ?? [])]));
    return {
      js: sum([...loaded]),
      css: sum([...css].map((name) => bundle[name]).filter((a): a is OutputAsset => a?.type === 'asset')),
    };
  });
  const all = Object.values(bundle);
  return {
    first,
    total: {
      js: sum(chunks),
      css: sum(all.filter((a) => a.type === 'asset' && a.fileName.endsWith('.css'))),
    },
  };
}

/**
 * Prints what the first screen loads and fails the build when it outgrows its budget
 * (docs/adr/0048-console-bundle.md).
 */
export function budget(screen: FirstScreen): Plugin {
  const limit = screen.budget;
  return {
    name: 'console-budget',
    apply: 'build',
    writeBundle(_options, bundle) {
      const { first: perLanguage, total } = measure(bundle, screen);
      const first = { js: Math.max(...perLanguage.map((b) => b.js)), css: Math.max(...perLanguage.map((b) => b.css)) };
      const kb = (bytes: number) => Math.round(bytes / kB);
      this.environment.logger.info(
        `first screen: ${kb(first.js)} kB JS, ${kb(first.css)} kB CSS (budget ${kb(limit.js)} / ${kb(limit.css)}); ` +
          `all pages: ${kb(total.js)} kB JS, ${kb(total.css)} kB CSS`,
      );
      const over = [first.js > limit.js && 'JS', first.css > limit.css && 'CSS'].filter(Boolean);
      if (over.length > 0) {
        this.error(`The first screen's ${over.join(' and ')} is over budget; see docs/adr/0048-console-bundle.md.`);
      }
    },
  };
}
