/**
 * Times a site's Markdown pipeline alone, outside Astro, step by step: the
 * site's `astro.config` is loaded with Vite, its `unified()` processor is
 * rebuilt with every remark/rehype plugin's transformer wrapped in a timer
 * and marker plugins around them, and the renderer Astro would create renders
 * every post in turn. The built-in Shiki's share is the growth of the
 * remark-rehype step over a second pass without highlighting. Times are the
 * thread's CPU time. Integrations that add plugins in their hooks are not
 * seen (the config is loaded, not resolved).
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import {
  markdownConfigDefaults,
  type AstroMarkdownOptions,
  parseFrontmatter,
  unified,
  type MarkdownProcessor,
  type UnifiedResolvedOptions,
} from '@astrojs/markdown-remark';
import type { AstroUserConfig } from 'astro';
import { runnerImport } from 'vite';
import type { Phase } from './phases.ts';

/** Loads an `astro.config.*` through Vite (as Astro does one Node cannot import itself), without resolving it. */
export async function loadAstroConfig(file: string): Promise<AstroUserConfig> {
  const { module } = await runnerImport<{ default: AstroUserConfig }>(file, { configFile: false, logLevel: 'silent' });
  return module.default;
}

type SyntaxHighlight = AstroMarkdownOptions['syntaxHighlight'];
type Transformer = (tree: unknown, file: unknown, next?: (...args: unknown[]) => void) => unknown;
type Attacher = (this: unknown, ...options: unknown[]) => Transformer | undefined;

/** CPU time of this thread in ms: unlike wall time, barely disturbed by other work on a busy machine. */
function threadCpuMs(): number {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
}

/**
 * What Astro passes to `processor.createRenderer()`, from the unresolved
 * config. The deprecated top-level `markdown.gfm` and `markdown.smartypants`
 * are left out: sites set them on `unified()`.
 */
export function sharedOptions(config: AstroUserConfig, syntaxHighlight = true): AstroMarkdownOptions {
  const markdown = config.markdown ?? {};
  const highlight = (markdown.syntaxHighlight ?? markdownConfigDefaults.syntaxHighlight) as SyntaxHighlight;
  return {
    syntaxHighlight: syntaxHighlight ? highlight : false,
    shikiConfig: { ...markdownConfigDefaults.shikiConfig, ...markdown.shikiConfig },
  };
}

/** Runs during one render: milliseconds per step, plus marker times. */
interface Clock {
  totals: Map<string, number>;
  marks: Map<string, number>;
}

const add = (clock: Clock, name: string, ms: number) => clock.totals.set(name, (clock.totals.get(name) ?? 0) + ms);

function timed(clock: Clock, name: string, plugin: Attacher): Attacher {
  return function (this: unknown, ...options) {
    const transformer = plugin.apply(this, options);
    if (typeof transformer !== 'function') return transformer;
    return async (tree, file) => {
      const started = threadCpuMs();
      try {
        return await new Promise((resolve, reject) => {
          // Transformers may take a `next` callback instead of returning a promise.
          const result = transformer(tree, file, (error, value) => (error ? reject(error) : resolve(value)));
          if (transformer.length < 3) Promise.resolve(result).then(resolve, reject);
        });
      } finally {
        add(clock, name, threadCpuMs() - started);
      }
    };
  };
}

/** A plugin that only notes when the pipeline reached it. */
const marker = <Entry>(clock: Clock, name: string) => (() => () => void clock.marks.set(name, threadCpuMs())) as Entry;

/** The plugin list with each plugin function timed; plugins named by a module string stay untimed. */
function wrapAll<Entry>(clock: Clock, plugins: Entry[], kind: string): Entry[] {
  return plugins.map((entry) => {
    const [plugin, options] = Array.isArray(entry) ? entry : [entry, undefined];
    if (typeof plugin !== 'function') return entry;
    const wrapped = timed(clock, `${kind} ${plugin.name || 'anonymous'}`, plugin as Attacher);
    return (options === undefined ? wrapped : [wrapped, options]) as Entry;
  });
}

async function timedRenderer(
  config: AstroUserConfig,
  clock: Clock,
  syntaxHighlight: boolean,
  rehypePlugins: UnifiedResolvedOptions['rehypePlugins'] | undefined,
) {
  const processor = (config.markdown?.processor ?? unified()) as MarkdownProcessor<UnifiedResolvedOptions>;
  if (processor.name !== 'unified') throw new Error(`--profile only knows unified(), not ${processor.name}()`);
  const timedProcessor = unified({
    ...processor.options,
    remarkPlugins: [
      marker(clock, 'remark start'),
      ...wrapAll(clock, processor.options.remarkPlugins, 'remark'),
      marker(clock, 'remark end'),
    ],
    rehypePlugins: [
      marker(clock, 'rehype start'),
      ...wrapAll(clock, rehypePlugins ?? processor.options.rehypePlugins, 'rehype'),
      marker(clock, 'rehype end'),
    ],
  });
  return timedProcessor.createRenderer(sharedOptions(config, syntaxHighlight));
}

const TO_HAST = 'mdast → hast (remark-rehype, built-in Shiki)';

/** Renders every file once; returns the time of each step summed over all files. */
async function renderAll(
  config: AstroUserConfig,
  files: string[],
  syntaxHighlight: boolean,
  rehypePlugins: UnifiedResolvedOptions['rehypePlugins'] | undefined,
): Promise<Map<string, number>> {
  const clock: Clock = { totals: new Map(), marks: new Map() };
  const renderer = await timedRenderer(config, clock, syntaxHighlight, rehypePlugins);
  // A few untimed renders first: Shiki loads its grammars and KaTeX its fonts' metrics on first use.
  for (const file of files.slice(0, 10)) await renderer.render(parseFrontmatter(await readFile(file, 'utf8')).content);
  clock.totals.clear();
  const steps = new Map<string, number>();
  for (const file of files) {
    const { frontmatter, content } = parseFrontmatter(await readFile(file, 'utf8'));
    clock.marks.clear();
    const started = threadCpuMs();
    await renderer.render(content, { frontmatter, fileURL: pathToFileURL(file) });
    const ended = threadCpuMs();
    const mark = (name: string) => clock.marks.get(name) ?? started;
    const add = (name: string, ms: number) => steps.set(name, (steps.get(name) ?? 0) + ms);
    add('total', ended - started);
    add('parse (micromark, incl. GFM/math syntax)', mark('remark start') - started);
    add(TO_HAST, mark('rehype start') - mark('remark end'));
    add('serialize (rehype-raw, stringify, heading ids)', ended - mark('rehype end'));
  }
  for (const [name, ms] of clock.totals) steps.set(name, ms);
  return steps;
}

/**
 * Time per Markdown step over `files` with `configFile`'s pipeline, biggest first, with Shiki's share.
 * `rehypePlugins` replace the config's, for a site whose render workers run others (Inkstone's set aside
 * KaTeX's output and code blocks).
 */
export async function profileMarkdown(
  configFile: string,
  files: string[],
  rehypePlugins?: UnifiedResolvedOptions['rehypePlugins'],
): Promise<Phase[]> {
  const config = await loadAstroConfig(configFile);
  const withShiki = await renderAll(config, files, true, rehypePlugins);
  const withoutShiki = await renderAll(config, files, false, rehypePlugins);
  // Shiki runs between remark-rehype and the rehype plugins; the totals are too noisy to subtract.
  const shiki = (withShiki.get(TO_HAST) ?? 0) - (withoutShiki.get(TO_HAST) ?? 0);
  return [...withShiki, ['of which built-in Shiki (with − without highlighting)', shiki] as const]
    .map(([name, ms]) => ({ name, ms }))
    .sort((a, b) => (a.name === 'total' ? -1 : b.name === 'total' ? 1 : b.ms - a.ms));
}
