import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AstroMarkdownOptions, MarkdownRenderResult } from '@astrojs/markdown-remark';

/** What each render worker is started with. */
export interface WorkerSetup {
  /** The project folder (see `markdownPipeline`). */
  root: string;
  /** Astro's options for `createRenderer` (image, syntax highlighting…). */
  shared: AstroMarkdownOptions;
}

export interface RenderRequest {
  id: number;
  body: string;
  frontmatter: Record<string, unknown>;
  filePath: string;
}

export type RenderResponse = { id: number; lines: string[] } & (
  { html: string; metadata: MarkdownRenderResult['metadata']; error?: undefined } | { error: string }
);

type Rendered = { html: string; metadata: MarkdownRenderResult['metadata'] };

/**
 * A pool of up to one `render-worker.ts` thread per core, started as needed. `render()` hands a post to the least
 * busy worker; the warnings of each post are printed in the order `render()` was called (the order of the files),
 * whichever worker finishes first. Idle workers do not keep the process alive.
 */
export function createRenderPool(setup: WorkerSetup, size = os.availableParallelism()) {
  const pending = new Map<number, { resolve: (response: RenderResponse) => void; reject: (error: Error) => void }>();
  const workers: { worker: Worker; busy: number }[] = [];
  function spawn() {
    const worker = new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: setup });
    worker.unref();
    worker.on('message', (response: RenderResponse) => {
      pending.get(response.id)?.resolve(response);
      pending.delete(response.id);
    });
    worker.on('error', (error) => {
      for (const { reject } of pending.values()) reject(error);
      pending.clear();
    });
    const slot = { worker, busy: 0 };
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
        pending.set(id, { resolve, reject });
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
      return { html: result.html, metadata: result.metadata };
    },
    async close() {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
