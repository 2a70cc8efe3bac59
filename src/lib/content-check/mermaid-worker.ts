/**
 * A worker thread that reads diagrams with Mermaid's own parser, the one the browser runs before drawing: given diagram
 * sources (`workerData`), it answers, for each, null or what Mermaid says is wrong (`DiagramError`), then ends. Mermaid's
 * parsers clean labels with DOMPurify, which needs a DOM: the worker's global `window` is jsdom's, kept out of the
 * build's thread, where libraries take a global `window` for a browser.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { JSDOM } from 'jsdom';
import { releaseFreedMemory } from '../free-memory.ts';
import type { DiagramError } from './diagrams.ts';

const { window } = new JSDOM('');
Object.assign(globalThis, { window });
const { default: mermaid } = await import('mermaid');

/** Mermaid's Jison parsers give where they stopped (`hash.loc`); its newer Langium ones say it in their message. */
interface ParseError {
  message?: string;
  hash?: { loc?: { first_line?: number } };
}

async function read(source: string): Promise<DiagramError | null> {
  try {
    await mermaid.parse(source);
    return null;
  } catch (error) {
    const { message = String(error), hash } = error as ParseError;
    const line = hash?.loc?.first_line ?? Number(/\bline (\d+)/u.exec(message)?.[1] ?? 0);
    return { message, ...(line > 0 && { line }) };
  }
}

const verdicts: (DiagramError | null)[] = [];
for (const source of workerData as string[]) verdicts.push(await read(source));
parentPort!.postMessage(verdicts);
// Nothing left to keep the thread alive: it ends, its memory handed back at once (see `releaseFreedMemory`).
window.close();
releaseFreedMemory();
