import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { decodeContentFile } from './decode.ts';
import { readFrontmatter } from './frontmatter.ts';
import { HashCache } from './hash-cache.ts';
import { listPostFiles } from './index.ts';
import { MARKDOWN_FACTS_VERSION, type MarkdownFacts } from './markdown.ts';

/** Below this many new posts, starting threads costs more than it saves. */
const MIN_PER_THREAD = 25;

/** `readMarkdown` over `bodies` in `threads` worker threads, in order. */
export async function readMarkdownInParallel(bodies: string[], threads: number): Promise<MarkdownFacts[]> {
  const size = Math.ceil(bodies.length / threads);
  const chunks = Array.from({ length: threads }, (_, i) => bodies.slice(i * size, (i + 1) * size));
  const results = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<MarkdownFacts[]>((resolve, reject) => {
          const worker = new Worker(new URL('./markdown-worker.ts', import.meta.url), { workerData: chunk });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  return results.flat();
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
  const cache = new HashCache<MarkdownFacts>(cacheFile, MARKDOWN_FACTS_VERSION);
  const bodies = listPostFiles(contentDir).flatMap((entry) => {
    const decoded = decodeContentFile(readFileSync(path.join(contentDir, entry)));
    const read = decoded.ok ? readFrontmatter(decoded.text) : undefined;
    return read?.ok ? [read.body] : [];
  });
  const missing = [...new Set(bodies.filter((body) => !cache.has(body)))];
  const threads = Math.min(cores, Math.floor(missing.length / MIN_PER_THREAD));
  if (threads < 2) return;
  const facts = await readMarkdownInParallel(missing, threads);
  const computed = new Map(missing.map((body, i) => [body, facts[i]!]));
  for (const body of bodies) cache.get(body, (text) => computed.get(text)!);
  cache.save();
}
