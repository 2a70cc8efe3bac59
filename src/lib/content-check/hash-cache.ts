import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The same key for a text and for its UTF-8 bytes, which need not be decoded when their value is cached. */
const keyOf = (text: string | Buffer) => createHash('sha1').update(text).digest('base64url');

/**
 * Values computed from a text (a post, a built page), by a hash of the text,
 * kept in a file between runs: parsing is most of the checks' time, and most
 * texts have not changed since the last build. Entries from another `version`
 * (another parser, other options) are ignored.
 */
export class HashCache<T> {
  readonly #file: string | undefined;
  readonly #version: string;
  readonly #stored = new Map<string, T>();
  readonly #used = new Map<string, T>();

  /** `file` undefined: remember nothing. */
  constructor(file: string | undefined, version: string) {
    this.#file = file;
    this.#version = version;
    if (!file) return;
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as { version: string; entries: Record<string, T> };
      if (data.version === version)
        for (const [key, value] of Object.entries(data.entries)) this.#stored.set(key, value);
    } catch {
      // No cache yet, or an unreadable one: start afresh.
    }
  }

  /** Whether a value for `text` was kept from the last run. */
  has(text: string): boolean {
    return this.#stored.has(keyOf(text));
  }

  /**
   * The value for `text`, from the cache or from `compute`. Values must survive JSON. `text` may be UTF-8 bytes (a
   * file as read): they are decoded only if the value must be computed.
   */
  get(text: string | Buffer, compute: (text: string) => T): T {
    const key = keyOf(text);
    const value = this.#stored.get(key) ?? compute(typeof text === 'string' ? text : text.toString('utf8'));
    this.#used.set(key, value);
    return value;
  }

  /** Writes the entries used this run, so texts that are gone drop out. */
  save(): void {
    if (!this.#file) return;
    mkdirSync(path.dirname(this.#file), { recursive: true });
    writeFileSync(this.#file, JSON.stringify({ version: this.#version, entries: Object.fromEntries(this.#used) }));
  }
}
