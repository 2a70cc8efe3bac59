import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The same key for a text and for its UTF-8 bytes, which need not be decoded when their value is cached. */
export const keyOf = (text: string | Buffer) => createHash('sha1').update(text).digest('base64url');

/** The entries a cache file holds under `version` (`writeCacheFile`): none without the file, or from another version. */
export function readCacheFile<T>(file: string, version: string): Map<string, T> {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { version: string; entries: Record<string, T> };
    if (data.version === version) return new Map(Object.entries(data.entries));
  } catch {
    // No cache yet, or an unreadable one: start afresh.
  }
  return new Map();
}

/** Writes `entries` to a cache file under `version`, for `readCacheFile`. */
export function writeCacheFile<T>(file: string, version: string, entries: Iterable<[string, T]>): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ version, entries: Object.fromEntries(entries) }));
}

/**
 * Values computed from a text (a post, a built page), by a hash of the text,
 * kept in a file between runs: parsing is most of the checks' time, and most
 * texts have not changed since the last build. Entries from another `version`
 * (another parser, other options) are ignored.
 */
export class HashCache<T> {
  readonly #file: string | undefined;
  readonly #version: string;
  readonly #stored: Map<string, T>;
  readonly #used = new Map<string, T>();

  /** `file` undefined: remember nothing. */
  constructor(file: string | undefined, version: string) {
    this.#file = file;
    this.#version = version;
    this.#stored = file ? readCacheFile<T>(file, version) : new Map();
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
    if (this.#file) writeCacheFile(this.#file, this.#version, this.#used);
  }
}
