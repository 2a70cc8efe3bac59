import { existsSync } from 'node:fs';
import path from 'node:path';
import { keyOf, readCacheFile, writeCacheFile } from '../lib/content-check/hash-cache.ts';
import type { Rendered } from './render-pool.ts';

/** A post as the cache keeps it: rendered without its frontmatter, with the warnings its rendering printed. */
export interface CachedRender {
  /** The metadata, with only the fields the plugins computed as `frontmatter`, and `htmlFile`. */
  metadata: Rendered['metadata'];
  lines: string[];
}

/**
 * The posts rendered under one Markdown pipeline (`pipelineHash`), by file (relative to the project) and body, kept in
 * `file` between runs (a cache file as `HashCache` keeps, the pipeline as its version). Astro keeps one content store
 * for the dev server and another for builds, so after a change to the pipeline each used to render every post again;
 * through this cache, the second takes the first's renders.
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
  readonly #entries: Map<string, CachedRender>;

  constructor(file: string, pipeline: string, htmlFolder: string) {
    this.#file = file;
    this.#pipeline = pipeline;
    this.#htmlFolder = htmlFolder;
    this.#entries = readCacheFile<CachedRender>(file, pipeline);
  }

  /** The post rendered from `body` in `file`, if it was, and its HTML file is still there. */
  get(file: string, body: string): CachedRender | undefined {
    const found = this.#entries.get(keyOf(`${file}\0${body}`));
    const html = found?.metadata.htmlFile;
    return html !== undefined && existsSync(path.join(this.#htmlFolder, html)) ? found : undefined;
  }

  /**
   * Keeps a post rendered from `body` in `file`, if its HTML is in a file (posts with images are not kept) and it was
   * rendered without fatal problems: those (`renderErrors`, an image not found, say) can go away without the post
   * changing.
   */
  set(file: string, body: string, render: CachedRender): void {
    if (render.metadata.htmlFile === undefined || render.metadata.frontmatter.renderErrors !== undefined) return;
    this.#entries.set(keyOf(`${file}\0${body}`), render);
  }

  /** Writes the entries whose HTML file is one of `kept`, the files of the posts the content store holds. */
  save(kept: ReadonlySet<unknown>): void {
    const entries = [...this.#entries].filter(([, value]) => kept.has(value.metadata.htmlFile));
    writeCacheFile(this.#file, this.#pipeline, entries);
  }
}
