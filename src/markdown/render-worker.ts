/**
 * A render worker of the posts' content loader (`render-pool.ts`): builds Astro's Markdown renderer once, from the
 * same pipeline as `astro.config.ts`, and renders the posts it is sent. The report plugin's lines are sent back with
 * each post, for the main thread to print in the order of the files.
 */
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { unified } from '@astrojs/markdown-remark';
import { releaseFreedMemory } from '../lib/free-memory.ts';
import { site } from '../site.config.ts';
import { markdownPipeline } from './pipeline.ts';
import type { RenderRequest, RenderResponse, WorkerSetup } from './render-pool.ts';

const setup = workerData as WorkerSetup;
let lines: string[] = [];
const renderer = await unified(
  markdownPipeline(site, { root: setup.root, log: (line) => lines.push(line) }),
).createRenderer(setup.shared);

parentPort!.on('message', async (message: RenderRequest | 'close') => {
  if (message === 'close') {
    releaseFreedMemory();
    parentPort!.close();
    return;
  }
  const { id, body, frontmatter, filePath } = message;
  lines = [];
  let response: RenderResponse;
  try {
    const result = await renderer.render(body, { frontmatter, fileURL: pathToFileURL(filePath) });
    response = { id, lines, html: result.code, metadata: result.metadata };
  } catch (error) {
    response = { id, lines, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(response);
});
