import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { globSync } from 'tinyglobby';
import { decodeContentFile } from './decode.ts';
import { readFrontmatter } from './frontmatter.ts';
import { HashCache } from './hash-cache.ts';
import { PAGE_FACTS_VERSION, type PageFacts } from './html.ts';
import { listPostFiles } from './index.ts';
import { MARKDOWN_FACTS_VERSION, type MarkdownFacts } from './markdown.ts';

/** Below this many new texts, starting threads costs more than it saves. */
const MIN_PER_THREAD = 25;

interface Tasks {
  /** `readMarkdown` of a post body. */
  markdown: MarkdownFacts;
  /** `readPage` of a built page. */
  page: PageFacts;
}

/** `readMarkdown` or `readPage` over `texts` in `threads` worker threads, in order. */
export async function readInParallel<K extends keyof Tasks>(
  task: K,
  texts: string[],
  threads: number,
): Promise<Tasks[K][]> {
  const size = Math.ceil(texts.length / threads);
  const chunks = Array.from({ length: threads }, (_, i) => texts.slice(i * size, (i + 1) * size));
  const results = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<Tasks[K][]>((resolve, reject) => {
          const worker = new Worker(new URL('./read-worker.ts', import.meta.url), {
            workerData: { task, texts: chunk },
          });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  return results.flat();
}

/** Adds to the cache the facts of every text it does not have yet, read on up to `cores` threads. */
async function prepare<K extends keyof Tasks>(cache: HashCache<Tasks[K]>, task: K, texts: string[], cores: number) {
  const missing = [...new Set(texts.filter((text) => !cache.has(text)))];
  const threads = Math.min(cores, Math.floor(missing.length / MIN_PER_THREAD));
  if (threads < 2) return;
  const facts = await readInParallel(task, missing, threads);
  const computed = new Map<string, Tasks[K]>(missing.map((text, i) => [text, facts[i]!]));
  for (const text of texts) cache.get(text, (t) => computed.get(t)!);
  cache.save();
}

/**
 * Fills the content check's cache (`cacheFile`) with the Markdown facts of every post it does not have yet, parsing
 * them on all cores; `checkContent` then finds them there. Parsing is most of the check's time on a clean build.
 * Files that cannot be read as posts are left to `checkContent`, which reports them. `cores`: threads at most.
 */
export async function prepareMarkdownFacts(
  contentDir: string,
  cacheFile: string,
  cores = availableParallelism(),
): Promise<void> {
  const bodies = listPostFiles(contentDir).flatMap((entry) => {
    const decoded = decodeContentFile(readFileSync(path.join(contentDir, entry)));
    const read = decoded.ok ? readFrontmatter(decoded.text) : undefined;
    return read?.ok ? [read.body] : [];
  });
  await prepare(new HashCache<MarkdownFacts>(cacheFile, MARKDOWN_FACTS_VERSION), 'markdown', bodies, cores);
}

/** The same for the link check of a built site: the facts of its pages, for `checkBuiltSite`. */
export async function preparePageFacts(outDir: string, cacheFile: string, cores = availableParallelism()) {
  const pages = globSync('**/*.html', { cwd: outDir, dot: true, expandDirectories: false }).map((file) =>
    readFileSync(path.join(outDir, file), 'utf8'),
  );
  await prepare(new HashCache<PageFacts>(cacheFile, PAGE_FACTS_VERSION), 'page', pages, cores);
}
