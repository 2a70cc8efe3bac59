import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroMarkdownOptions, MarkdownRenderResult } from '@astrojs/markdown-remark';
import type { AstroConfig } from 'astro';
import type { ImageSizes } from '../lib/intrinsic-size.ts';
import type { LinkedFiles } from '../lib/linked-files.ts';
import { postHtmlPath } from '../lib/post-html.ts';
import { workerEnv } from '../lib/worker-env.ts';
import type { PostFacts } from './remark-post-facts.ts';

/** What each render worker is started with. */
export interface WorkerSetup {
  /** The project folder (see `markdownPipeline`). */
  root: string;
  /** Astro's options for `createRenderer` (image, syntax highlighting…). */
  shared: AstroMarkdownOptions;
  /**
   * Where the workers write the HTML of posts without images (`writePostHtml`), sending back its file's name as
   * `htmlFile` rather than the HTML, which the main thread would only hash and write there. Unset, they send the HTML.
   */
  htmlFolder?: string;
}

export interface RenderRequest {
  id: number;
  body: string;
  frontmatter: Record<string, unknown>;
  filePath: string;
}

/**
 * The setup of the render workers for a project's resolved config: its folder, Astro's options for the Markdown
 * renderer (`createRenderer`) as its content layer passes them, and the posts loader's folder of HTML.
 */
export function workerSetup(config: AstroConfig): WorkerSetup {
  const { markdown, image } = config;
  return {
    root: fileURLToPath(config.root),
    shared: {
      image,
      syntaxHighlight: markdown.syntaxHighlight,
      shikiConfig: markdown.shikiConfig,
      gfm: markdown.gfm,
      smartypants: markdown.smartypants,
    },
    htmlFolder: postHtmlPath(fileURLToPath(config.cacheDir)),
  };
}

/**
 * A rendered post, and what the content check needs of it. With an `htmlFolder`, a post without images comes with an
 * empty `html` and the name of the file that holds it as `metadata.htmlFile`; a post with images served as they are,
 * with the sizes they were given as `metadata.imageSizes`; a post with relative links, with the files they were looked
 * for at as `metadata.linkedFiles`.
 */
export type Rendered = {
  html: string;
  metadata: MarkdownRenderResult['metadata'] & {
    htmlFile?: string;
    imageSizes?: ImageSizes;
    linkedFiles?: LinkedFiles;
  };
  facts?: PostFacts;
};

export type RenderResponse = { id: number; lines: string[] } & ((Rendered & { error?: undefined }) | { error: string });

/** The old-generation heap limit of each render worker, in MB. */
const WORKER_HEAP_MB = 512;

/**
 * A pool of up to one `render-worker.ts` thread per core, started as needed. `render()` hands a post to the least
 * busy worker; the warnings of each post are printed in the order `render()` was called (the order of the files),
 * whichever worker finishes first. Idle workers do not keep the process alive.
 */
export function createRenderPool(setup: WorkerSetup, size = os.availableParallelism()) {
  type Slot = { worker: Worker; busy: number };
  const pending = new Map<
    number,
    { slot: Slot; resolve: (response: RenderResponse) => void; reject: (error: Error) => void }
  >();
  const workers: Slot[] = [];
  function spawn() {
    const worker = new Worker(new URL('./render-worker.ts', import.meta.url), {
      workerData: setup,
      env: workerEnv(),
      // V8 lets an idle heap grow far beyond what rendering needs; capped, each worker collects earlier. 1000 posts:
      // 230 MB less memory for about 5% more time. A post needing more than this fails the build, naming its file.
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    worker.unref();
    worker.on('message', (response: RenderResponse) => {
      pending.get(response.id)?.resolve(response);
      pending.delete(response.id);
    });
    // A worker that failed (out of memory, say) or ended (a plugin calling `process.exit`) fails the posts it had
    // and takes no more. After an error, or once closed, it has none left when it exits.
    const fail = (error: Error) => {
      const index = workers.indexOf(slot);
      if (index !== -1) workers.splice(index, 1);
      for (const [id, request] of pending) {
        if (request.slot !== slot) continue;
        request.reject(error);
        pending.delete(id);
      }
    };
    worker.on('error', fail);
    worker.on('exit', (code) =>
      fail(new Error(`the render worker stopped (exit code ${code}) before this post was rendered`)),
    );
    const slot: Slot = { worker, busy: 0 };
    workers.push(slot);
    return slot;
  }
  // An idle worker, else a new one while there are fewer than `size` (one edited post starts one), else the least busy.
  function pick() {
    const least = workers.reduce<(typeof workers)[number] | undefined>(
      (best, candidate) => (best && best.busy <= candidate.busy ? best : candidate),
      undefined,
    );
    return least && (least.busy === 0 || workers.length >= Math.max(1, size)) ? least : spawn();
  }
  let nextId = 0;
  // Resolves once every earlier post's warnings are printed.
  let printed = Promise.resolve();

  return {
    async render(request: Omit<RenderRequest, 'id'>, log: (line: string) => void): Promise<Rendered> {
      const id = nextId++;
      const slot = pick();
      // Only a worker with posts to render keeps the process alive.
      if (slot.busy++ === 0) slot.worker.ref();
      const response = new Promise<RenderResponse>((resolve, reject) => {
        pending.set(id, { slot, resolve, reject });
        slot.worker.postMessage({ ...request, id } satisfies RenderRequest);
      }).finally(() => {
        if (--slot.busy === 0) slot.worker.unref();
      });
      const turn = printed.then(async () => {
        for (const line of (await response).lines) log(line);
      });
      printed = turn.catch(() => {});
      await turn;
      const result = await response;
      if (result.error !== undefined) throw new Error(result.error);
      return { html: result.html, metadata: result.metadata, facts: result.facts };
    },
    /**
     * Starts a worker now if none runs, so that the next post is not kept waiting while one starts (about 1 s: the
     * pipeline's modules, Shiki and KaTeX). For the dev server, whose first edit would otherwise wait for it.
     */
    warm() {
      if (workers.length === 0) spawn();
    },
    /** How many workers are running. */
    get running() {
      return workers.length;
    },
    /** Ends every worker once it has handed its memory back (see `releaseFreedMemory`). */
    async close() {
      await Promise.all(
        workers.map(({ worker }) => {
          const exited = new Promise((resolve) => worker.once('exit', resolve));
          // Kept alive until it has ended, or the process could exit while the close is awaited.
          worker.ref();
          worker.postMessage('close');
          return exited;
        }),
      );
    },
  };
}
