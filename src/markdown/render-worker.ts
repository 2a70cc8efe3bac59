/**
 * A render worker of the posts' content loader (`render-pool.ts`): builds Astro's Markdown renderer once, from the
 * same pipeline as `astro.config.ts`, and renders the posts it is sent, writing the HTML of those without images to
 * the loader's folder (`writePostHtml`). The report plugin's lines are sent back with
 * each post, for the main thread to print in the order of the files, and so are the facts the content check needs
 * (`remarkPostFacts`).
 */
import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { unified } from '@astrojs/markdown-remark';
import { releaseFreedMemory } from '../lib/free-memory.ts';
import type { ImageSizes } from '../lib/intrinsic-size.ts';
import type { LinkedFiles } from '../lib/linked-files.ts';
import { writePostHtml } from '../lib/post-html.ts';
import { site } from '../site.config.ts';
import { markdownPipeline } from './pipeline.ts';
import { putBack } from './rehype-set-aside.ts';
import type { PostFacts } from './remark-post-facts.ts';
import type { RenderRequest, RenderResponse, WorkerSetup } from './render-pool.ts';

const setup = workerData as WorkerSetup;
if (setup.htmlFolder) mkdirSync(setup.htmlFolder, { recursive: true });
let lines: string[] = [];
let facts: PostFacts | undefined;
let imageSizes: ImageSizes | undefined;
let linkedFiles: LinkedFiles | undefined;
// KaTeX's output and code blocks skip Astro's second HTML parse; they are put back into the HTML after.
const setAside = new Map<string, string>();
const renderer = await unified(
  markdownPipeline(site, {
    root: setup.root,
    log: (line) => lines.push(line),
    facts: (found) => (facts = found),
    sized: (sizes) => (imageSizes = sizes),
    linked: (files) => (linkedFiles = files),
    setAside,
  }),
).createRenderer(setup.shared);

/**
 * Renders one post; `lines`, `facts`, `imageSizes`, `linkedFiles` and `setAside` are this post's while it renders, as
 * posts are rendered one at a time.
 */
async function render({ id, body, frontmatter, filePath }: RenderRequest): Promise<RenderResponse> {
  lines = [];
  facts = undefined;
  imageSizes = undefined;
  linkedFiles = undefined;
  setAside.clear();
  try {
    const rendered = await renderer.render(body, { frontmatter, fileURL: pathToFileURL(filePath) });
    const html = putBack(rendered.code, setAside);
    // The sizes given to images served as they are and the files linked, for the loader to see when they change.
    const metadata = {
      ...rendered.metadata,
      ...(imageSizes ? { imageSizes } : {}),
      ...(linkedFiles ? { linkedFiles } : {}),
    };
    // Posts with images stay in Astro's store with their HTML: Astro fills in their images when rendering them.
    if (!setup.htmlFolder || metadata.localImagePaths.length + metadata.remoteImagePaths.length > 0) {
      return { id, lines, facts, html, metadata };
    }
    return { id, lines, facts, html: '', metadata: { ...metadata, htmlFile: writePostHtml(setup.htmlFolder, html) } };
  } catch (error) {
    return { id, lines, error: error instanceof Error ? error.message : String(error) };
  }
}

// One message at a time: rendering awaits, and a post started meanwhile would take over `lines` and `facts`.
let queue = Promise.resolve();
parentPort!.on('message', (message: RenderRequest | 'close') => {
  queue = queue.then(async () => {
    if (message === 'close') {
      releaseFreedMemory();
      parentPort!.close();
      return;
    }
    parentPort!.postMessage(await render(message));
  });
});
