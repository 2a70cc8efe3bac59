import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { AstroConfig } from 'astro';
import { decodeContentFile } from '../lib/content-check/decode.ts';
import { splitFrontmatter } from '../lib/content-check/frontmatter.ts';
import { HashCache } from '../lib/content-check/hash-cache.ts';
import { listPostFiles } from '../lib/content-check/index.ts';
import { type MarkdownFacts, markdownFactsVersion, readMarkdown } from '../lib/content-check/markdown.ts';
import { renderWorkers } from '../lib/render-workers.ts';
import { waitingRenders } from './early-renders.ts';
import { createRenderPool, workerSetup } from './render-pool.ts';

/**
 * The facts of the text the check reads (`checked`: the body with the frontmatter's lines blanked), from those of the
 * text that was rendered (`rendered`: the same, trimmed), or undefined where the two are not the same Markdown (CRLF
 * lines, a byte-order mark, a first line indented): the check then reads the facts itself. Trimming whole blank lines
 * only moves the lines down.
 */
function factsOfCheckedText(facts: MarkdownFacts, rendered: string, checked: string): MarkdownFacts | undefined {
  const start = checked.indexOf(rendered);
  const before = checked.slice(0, start);
  if (start === -1 || checked.slice(start + rendered.length).trim() !== '' || !/^(?:\s*\n)?$/u.test(before)) {
    return undefined;
  }
  const offset = before.split('\n').length - 1;
  const shift = <T extends { line: number }>(fact: T): T => ({ ...fact, line: fact.line + offset });
  // Every fact with a line: a new one left out here would point at the wrong line.
  return {
    ...facts,
    images: facts.images.map(shift),
    imagesWithoutAlt: facts.imagesWithoutAlt.map(shift),
    links: facts.links.map(shift),
    topHeadings: facts.topHeadings.map(shift),
    templateTags: facts.templateTags.map(shift),
    diagrams: facts.diagrams.map(shift),
  };
}

export interface RenderEarlyOptions {
  config: AstroConfig;
  /** Absolute folder of the posts. */
  contentDir: string;
  /** The content check's cache of Markdown facts (`checkContent`'s `cacheFile`). */
  cacheFile: string;
  /** A hash of the Markdown pipeline's code, as `checkContent` is given it. */
  pipeline: string;
  /**
   * Up to this many posts to render are rendered in the background: the check reads their facts itself, which costs
   * less than waiting for the render workers to start, and the loader waits for them if it must. Default: 20 (at 100
   * posts, the check's own reading beside the workers cost 0.2 GiB more memory and saved no time).
   */
  background?: number;
}

/** How many posts `renderEarly` rendered, on how many workers, and whether they still render in the background. */
export interface EarlyRenders {
  posts: number;
  workers: number;
  inBackground: boolean;
}

/**
 * Renders, in a pool of render workers (one for every few hundred posts, `renderWorkers`), every `.md` post whose
 * Markdown facts the content check has not cached, before the check runs: the facts come from the rendering
 * (`remarkPostFacts`) into the check's cache, and the rendered posts wait for the posts loader (`takeEarlyRender`), so
 * a new or changed post is parsed once, not once to be checked and again to be rendered. A few posts (an edit)
 * render in the background instead, while the check and Astro's start go on. Files that cannot be read as posts are
 * left to the check, which reports them.
 */
export async function renderEarly(options: RenderEarlyOptions): Promise<EarlyRenders> {
  const { config, contentDir, cacheFile, pipeline, background = 20 } = options;
  const cache = new HashCache<MarkdownFacts>(cacheFile, markdownFactsVersion(pipeline));
  const posts = listPostFiles(contentDir).flatMap((entry) => {
    const filePath = path.join(contentDir, entry);
    const bytes = readFileSync(filePath);
    const decoded = decodeContentFile(bytes);
    // The body as the check reads it; the frontmatter itself is the check's to read.
    const read = decoded.ok ? splitFrontmatter(decoded.text) : undefined;
    return read?.ok ? [{ entry, filePath, bytes, checked: read.body }] : [];
  });
  const missing = posts.flatMap((post) => {
    if (!post.entry.endsWith('.md') || cache.has(post.checked)) return [];
    // What the glob loader renders: the file's text after the frontmatter, trimmed (Astro's Markdown entry type).
    try {
      const body = parseFrontmatter(post.bytes.toString('utf8'), { frontmatter: 'empty-with-spaces' }).content.trim();
      return [{ ...post, body }];
    } catch {
      // YAML that Astro cannot read either: the check reports it.
      return [];
    }
  });
  if (missing.length === 0) return { posts: 0, workers: 0, inBackground: false };
  const facts = new Map<string, MarkdownFacts>();
  const workers = renderWorkers(missing.length, os.availableParallelism());
  const pool = createRenderPool(workerSetup(config), workers);
  const renders = missing.map(({ filePath, body, checked }) => {
    const lines: string[] = [];
    const rendering = pool
      .render({ body, frontmatter: {}, filePath }, (line) => lines.push(line))
      .then((result) => {
        const found = result.facts && factsOfCheckedText(result.facts, body, checked);
        if (found) facts.set(checked, found);
        return { body, result, lines };
      })
      // A post that cannot be rendered is the loader's to render again and report; the check reads its facts itself.
      .catch(() => undefined);
    waitingRenders().set(filePath, rendering);
    return rendering;
  });
  const done = Promise.all(renders).finally(() => pool.close());
  if (missing.length <= background) {
    // Rejects only if closing the pool failed, which leaves the loader its own renders to do.
    done.catch(() => {});
    return { posts: missing.length, workers, inBackground: true };
  }
  await done;
  for (const { checked } of posts) cache.get(checked, (text) => facts.get(text) ?? readMarkdown(text));
  cache.save();
  return { posts: missing.length, workers, inBackground: false };
}
