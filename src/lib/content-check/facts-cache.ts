import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_RATES } from '../reading-time.ts';
import type { MarkdownFacts } from './markdown.ts';

/** Changes whenever what `readMarkdown` returns could change, so older entries are not reused. */
const VERSION = `1 ${JSON.stringify(DEFAULT_RATES)}`;

/**
 * The Markdown facts of posts, by a hash of their text, kept in a file between
 * runs: parsing Markdown is most of the check's time, and most posts have not
 * changed since the last build.
 */
export class MarkdownFactsCache {
  readonly #file: string | undefined;
  readonly #stored = new Map<string, MarkdownFacts>();
  readonly #used = new Map<string, MarkdownFacts>();

  /** `file` undefined: remember nothing. */
  constructor(file?: string) {
    this.#file = file;
    if (!file) return;
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as {
        version: string;
        entries: Record<string, MarkdownFacts>;
      };
      if (data.version === VERSION)
        for (const [key, facts] of Object.entries(data.entries)) this.#stored.set(key, facts);
    } catch {
      // No cache yet, or an unreadable one: start afresh.
    }
  }

  /** The facts of `body`, from the cache or from `read`. */
  get(body: string, read: (body: string) => MarkdownFacts): MarkdownFacts {
    const key = createHash('sha1').update(body).digest('base64url');
    const facts = this.#stored.get(key) ?? read(body);
    this.#used.set(key, facts);
    return facts;
  }

  /** Writes the entries used this run (so deleted posts drop out). */
  save(): void {
    if (!this.#file) return;
    mkdirSync(path.dirname(this.#file), { recursive: true });
    writeFileSync(this.#file, JSON.stringify({ version: VERSION, entries: Object.fromEntries(this.#used) }));
  }
}
