import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Rendered } from './render-pool.ts';

/** A post as the cache keeps it: rendered without its frontmatter, with the warnings its rendering printed. */
export interface CachedRender {
  /** The metadata, with only the fields the plugins computed as `frontmatter`, and `htmlFile`. */
  metadata: Rendered['metadata'];
  lines: string[];
}

/**
 * The posts rendered under one Markdown pipeline (`pipelineHash`), by file (relative to the project) and body, kept in
 * `file` between runs. Astro keeps one content store for the dev server and another for builds, so after a change to
 * the pipeline each used to render every post again; through this cache, the second takes the first's renders.
 *
 * Only posts whose HTML the render workers wrote to `htmlFolder` (`htmlFile`) are kept, and one whose file is gone is
 * not found. Entries of another pipeline are dropped as the cache is read.
 *
 * @example
 * const renders = new RenderCache('/site/node_modules/.astro/inkstone-renders.json', pipeline, htmlFolder);
 * renders.get('content/blogs/a.md', body) ?? renders.set('content/blogs/a.md', body, await render(body));
 * renders.save(new Set(['Xy3….html']));
 */
export class RenderCache {
  readonly #file: string;
  readonly #pipeline: string;
  readonly #htmlFolder: string;
  readonly #entries = new Map<string, CachedRender>();

  constructor(file: string, pipeline: string, htmlFolder: string) {
    this.#file = file;
    this.#pipeline = pipeline;
    this.#htmlFolder = htmlFolder;
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as {
        pipeline: string;
        entries: Record<string, CachedRender>;
      };
      if (data.pipeline === pipeline)
        for (const [key, value] of Object.entries(data.entries)) this.#entries.set(key, value);
    } catch {
      // No cache yet, or an unreadable one: start afresh.
    }
  }

  /** The post rendered from `body` in `file`, if it was, and its HTML file is still there. */
  get(file: string, body: string): CachedRender | undefined {
    const found = this.#entries.get(keyOf(file, body));
    const html = found?.metadata.htmlFile;
    return html !== undefined && existsSync(path.join(this.#htmlFolder, html)) ? found : undefined;
  }

  /** Keeps a post rendered from `body` in `file`, if its HTML is in a file (posts with images are not kept). */
  set(file: string, body: string, render: CachedRender): void {
    if (render.metadata.htmlFile !== undefined) this.#entries.set(keyOf(file, body), render);
  }

  /** Writes the entries whose HTML file is one of `kept`, the files of the posts the content store holds. */
  save(kept: ReadonlySet<unknown>): void {
    const entries = [...this.#entries].filter(([, value]) => kept.has(value.metadata.htmlFile));
    mkdirSync(path.dirname(this.#file), { recursive: true });
    writeFileSync(this.#file, JSON.stringify({ pipeline: this.#pipeline, entries: Object.fromEntries(entries) }));
  }
}

const keyOf = (file: string, body: string) => createHash('sha1').update(`${file}\0${body}`).digest('base64url');
