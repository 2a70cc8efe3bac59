import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { globSync } from 'tinyglobby';
import { isMarkdownLike } from '../lib/slugs.ts';
import { hashFiles } from '../lib/file-hash.ts';
import { type ImageSizes, sizesChanged } from '../lib/intrinsic-size.ts';
import { isLinkedPlace, type LinkedFiles, linkedFilesChanged } from '../lib/linked-files.ts';
import { postHtmlPath } from '../lib/post-html.ts';
import { projectPath } from '../lib/project-path.ts';
import { listenAgain } from '../lib/watcher-listeners.ts';
import { dropEarlyRenders, takeEarlyRender } from './early-renders.ts';
import { RenderCache } from './render-cache.ts';
import { createRenderPool, workerSetup } from './render-pool.ts';

/**
 * The files a post's HTML depends on besides the post: the plugins and their helpers, the words they write, the site
 * config, and the installed versions of remark, rehype, KaTeX and Shiki with the patches applied to them. From the
 * project's root.
 */
export const PIPELINE_FILES = [
  'src/markdown/**',
  'src/lib/**',
  'src/data/markdown.ts',
  'src/data/i18n.ts',
  'src/schema/site.ts',
  'src/site.config.ts',
  'package-lock.json',
  'scripts/patches/*.patch',
];

/** A hash of the Markdown pipeline's code and configuration in the project at `root`. */
export function pipelineHash(root: string): string {
  return hashFiles(root, globSync(PIPELINE_FILES, { cwd: root }).sort());
}

type GlobOptions = Parameters<typeof glob>[0];

/** Whether the text of `file` (a post, which may be gone) has `name` in it. */
function mentions(file: string, name: string): boolean {
  try {
    return readFileSync(file, 'utf8').includes(name);
  } catch {
    return false;
  }
}

/** Whether an optimized image of a stored post (`localImagePaths`, relative to the post's file) is no longer there. */
function imagesMoved(root: string, postFile: string | undefined, images: unknown): boolean {
  if (!postFile || !Array.isArray(images)) return false;
  const folder = path.dirname(path.join(root, postFile));
  return images.some((image) => typeof image === 'string' && !existsSync(path.resolve(folder, image)));
}

/**
 * Whether a post rendered before no longer shows what its files give: an image served as it is has changed size (its
 * `<img>` has the size in it), an optimized image is no longer where it was (moved into the folder named after the
 * post, which the post's text still finds: the render imports the old file), or a file its relative links were looked
 * for at has appeared or gone (the link leads to the file only while it is there).
 */
export function outdated(
  root: string,
  postFile: string | undefined,
  metadata: Record<string, unknown> | undefined,
): boolean {
  return (
    sizesChanged(root, metadata?.imageSizes as ImageSizes | undefined) ||
    imagesMoved(root, postFile, metadata?.localImagePaths) ||
    linkedFilesChanged(root, metadata?.linkedFiles as LinkedFiles | undefined)
  );
}

/**
 * In the dev server, renders a post again when a file it shows changes, which the glob loader does not watch: a post
 * showing an image served as it is, once the image's file changes size (its `<img>` has the size in it); a post with
 * a relative link, once a file it was looked for at, or one of the bare name it was looked for by anywhere in the
 * content root, is added or removed (`linkedFiles`); a post rendered with fatal
 * problems (`renderErrors`: an image not found), once a file its text names is added; and an MDX post whose text names
 * the file, added, changed or gone. The post is dropped from the store and its file announced as
 * changed, so the glob loader syncs it (and Vite compiles an MDX post again) as after a save. `latest` gives the last
 * sync's context.
 */
function rerenderOnFiles(latest: () => LoaderContext): void {
  const { watcher } = latest();
  if (!watcher) return;
  const onFile = (added: boolean, changed: string) => {
    // Posts are the glob loader's own.
    if (isMarkdownLike(changed)) return;
    const { store, config } = latest();
    const root = fileURLToPath(config.root);
    const changedFile = projectPath(root, changed);
    for (const entry of store.values()) {
      if (!entry.filePath) continue;
      const names = () => mentions(path.join(root, entry.filePath!), path.basename(changed));
      const sizes = entry.rendered?.metadata?.imageSizes as ImageSizes | undefined;
      const resized = sizes !== undefined && changedFile in sizes && sizesChanged(root, sizes);
      const linked = entry.rendered?.metadata?.linkedFiles as LinkedFiles | undefined;
      const relinked = linked !== undefined && isLinkedPlace(linked, changedFile) && linkedFilesChanged(root, linked);
      // Its fatal problems are images not found: the added file may be one, if the post names it (not an editor's).
      const failed = added && entry.rendered?.metadata?.frontmatter?.renderErrors !== undefined && names();
      // MDX posts are compiled by Vite as pages ask for them, so the store knows nothing of what they show: one that
      // names the file is compiled again.
      const mdx = entry.filePath.endsWith('.mdx') && names();
      if (resized || relinked || failed || mdx) renderAgain(latest(), entry.id, entry.filePath);
    }
  };
  listenAgain(watcher, 'posts-loader', {
    add: (file) => onFile(true, file),
    change: (file) => onFile(false, file),
    unlink: (file) => onFile(false, file),
  });
}

/**
 * In the dev server, drops a stored post and announces its file as changed, so the glob loader renders it again as
 * after a save (it skips a file whose stored entry has the same digest).
 */
function renderAgain({ store, watcher, config }: LoaderContext, id: string, filePath: string): void {
  store.delete(id);
  watcher?.emit('change', path.join(fileURLToPath(config.root), filePath));
}

/** How many times in a row the dev server renders a post again because a file changed while it rendered. */
const RERENDERS = 3;

/** The part of Astro's (internal) content entry types that the glob loader uses to render a `.md` file. */
interface EntryType {
  getRenderFunction?: (config: LoaderContext['config']) => Promise<(entry: RenderEntry) => Promise<unknown>>;
}
interface RenderEntry {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  digest?: number | string;
}

/**
 * Astro's `glob()` loader, with `.md` files rendered on every core: a pool of worker threads, each running the same
 * unified pipeline as `astro.config.ts`, does what Astro's Markdown entry type does in the main thread. Everything
 * else (ids, frontmatter, digests and unchanged entries, image imports, `.mdx`, watching in dev) stays the glob
 * loader's own, so entries are stored as before but for where their HTML is kept.
 *
 * Rendered HTML is kept in files beside Astro's store rather than in it (`htmlFile`, written by the render workers
 * with `writePostHtml`); pages read it with `postContent()` from `src/data/post-content.ts`.
 *
 * The glob loader keeps a stored post while its file is unchanged. Astro's store outlives a change to a plugin, so the
 * stored posts are dropped whenever the pipeline's hash (`pipelineHash`) differs from the last sync's. A post to render
 * is first looked for among those the content check rendered (`takeEarlyRender`), then among those rendered before
 * under the same pipeline (`RenderCache`: Astro keeps one store for the dev server and another for builds). A kept
 * render of a post with images served as they are counts only while each file gives the size it was rendered with
 * (`imageSizes`, by `sizesChanged`), as its `<img>` has the size in it.
 *
 * The glob loader reads the renderer of each file type from `entryTypes` in its context, which Astro passes to every
 * loader but does not document; if it is missing the loader fails loudly rather than rendering differently.
 */
export function postsLoader(options: GlobOptions): Loader {
  const inner = glob(options);
  // In dev, one pool for every sync and every edited post; in a build, closed once the posts are loaded.
  let pool: ReturnType<typeof createRenderPool> | undefined;
  // Posts the pool could not render in this sync: the glob loader only logs such errors and stores the post without
  // HTML, where no later build would look at it again.
  let failures: { id: string; message: string }[] = [];
  // In dev, the context of the last sync, for what happens between syncs.
  let latest: LoaderContext | undefined;
  // In dev, the posts rendered again in a row because a file changed while they rendered (`RERENDERS`).
  const rerendered = new Map<string, number>();
  return {
    name: 'inkstone-posts-loader',
    async load(context) {
      const entryTypes = (context as LoaderContext & { entryTypes?: Map<string, EntryType> }).entryTypes;
      const markdown = entryTypes?.get('.md');
      if (!entryTypes || !markdown?.getRenderFunction) {
        throw new Error('postsLoader: Astro no longer passes `entryTypes` to loaders; use `glob()` instead.');
      }
      const root = fileURLToPath(context.config.root);
      const pipeline = pipelineHash(root);
      if (context.meta.get('pipeline') !== pipeline) {
        context.store.clear();
        context.meta.set('pipeline', pipeline);
      }
      latest = context;
      rerenderOnFiles(() => latest!);
      const cacheDir = fileURLToPath(context.config.cacheDir);
      const folder = postHtmlPath(cacheDir);
      // Shared with the other of the dev server and builds, which keeps a content store of its own.
      const renders = new RenderCache(path.join(cacheDir, 'inkstone-renders.json'), pipeline, folder);
      // Posts the content check rendered before this sync (`renderEarly`), and posts rendered before under this pipeline.
      let earlyRenders = 0;
      let reused = 0;
      const getRenderFunction = async (config: LoaderContext['config']) => {
        pool ??= createRenderPool(workerSetup(config));
        const renderer = pool;
        // As Astro's `renderToString` for Markdown entries.
        return async (entry: RenderEntry) => {
          const body = entry.body ?? '';
          const file = projectPath(root, entry.filePath!);
          const early = await takeEarlyRender(entry.filePath!, body);
          const kept = early ? undefined : renders.get(file, body);
          const known = kept && !outdated(root, entry.filePath, kept.metadata) ? kept : undefined;
          if (early) earlyRenders++;
          if (known) reused++;
          const lines: string[] = [];
          // Rendered without the frontmatter, which no plugin reads, as the content check renders posts early, so a
          // render can be kept for the same body under other frontmatter.
          const { html, metadata } =
            early?.result ??
            (known && { html: '', metadata: known.metadata }) ??
            (await renderer
              .render({ body, frontmatter: {}, filePath: entry.filePath! }, (line) => {
                lines.push(line);
                console.warn(line);
              })
              .catch((error: Error) => {
                // Astro's renderer prefixes the message with the absolute path, which the report names already.
                const reason = error.message.replace(/^Failed to parse Markdown file "[^"]*":\n/u, '');
                failures.push({ id: entry.id, message: `${file}: ${reason}` });
                throw error;
              }));
          const warnings = early?.lines ?? known?.lines ?? lines;
          if (early || known) for (const line of warnings) console.warn(line);
          renders.set(file, body, { metadata, lines: warnings });
          return {
            html,
            metadata: {
              ...metadata,
              // The fields the plugins computed go on top of the frontmatter, as Astro's renderer puts them.
              frontmatter: { ...entry.data, ...metadata.frontmatter },
              imagePaths: metadata.localImagePaths.concat(metadata.remoteImagePaths),
            },
          };
        };
      };
      const types = new Map(entryTypes);
      types.set('.md', { ...markdown, getRenderFunction });
      mkdirSync(folder, { recursive: true });
      // A post whose HTML file is gone (a cache folder pruned by hand) is rendered again, and so is one whose files
      // have changed since (`outdated`).
      for (const entry of context.store.values()) {
        const { htmlFile } = entry.rendered?.metadata ?? {};
        const gone = typeof htmlFile === 'string' && !existsSync(path.join(folder, htmlFile));
        if (gone || outdated(root, entry.filePath, entry.rendered?.metadata)) context.store.delete(entry.id);
      }
      failures = [];
      const store = {
        ...context.store,
        // In a build, a post that failed to render is not stored, so the next build renders it again; the dev server
        // keeps it, without HTML, until it is fixed.
        set: (entry: Parameters<LoaderContext['store']['set']>[0]) => {
          if (!context.watcher && failures.some(({ id }) => id === entry.id)) return false;
          const stored = context.store.set(entry);
          // In the dev server, a render that began before a file it shows or links to changed is stale as it is stored
          // (a post saved twice whose slower render ends last, after the file's own change had it rendered again):
          // it is rendered again, a few times at most.
          const { filePath } = entry;
          const again = (rerendered.get(entry.id) ?? 0) + 1;
          if (context.watcher && filePath && again <= RERENDERS && outdated(root, filePath, entry.rendered?.metadata)) {
            rerendered.set(entry.id, again);
            setTimeout(() => renderAgain(context, entry.id, filePath), 0);
          } else rerendered.delete(entry.id);
          return stored;
        },
      };
      try {
        await inner.load({ ...context, store, entryTypes: types } as LoaderContext);
        if (earlyRenders > 0) context.logger.info(`took ${earlyRenders} post(s) rendered by the content check`);
        if (reused > 0) context.logger.info(`took ${reused} post(s) rendered before under this pipeline`);
        // The files of posts that were deleted or changed since the last sync.
        const kept = new Set(context.store.values().map((entry) => entry.rendered?.metadata?.htmlFile));
        for (const file of readdirSync(folder)) if (!kept.has(file)) rmSync(path.join(folder, file));
        renders.save(kept);
        if (failures.length > 0 && !context.watcher) {
          throw new Error(
            `Could not render ${failures.length} post(s); nothing was built:\n${failures.map((f) => `  ${f.message}`).join('\n')}`,
          );
        }
      } finally {
        // The posts are synced: those rendered early and not taken (one that failed, say) are of no more use.
        const left = dropEarlyRenders();
        if (left > 0) context.logger.debug(`dropped ${left} post(s) rendered early that were not taken`);
        if (!context.watcher) {
          await pool?.close();
          pool = undefined;
        } else {
          // The dev server's posts may all have come rendered (by the content check, or from the cache): a worker is
          // started now, so the first edit does not wait for one.
          pool ??= createRenderPool(workerSetup(context.config));
          pool.warm();
        }
      }
    },
  };
}
