import { parentPort, workerData } from 'node:worker_threads';
import { releaseFreedMemory } from '../free-memory.ts';
import { readMarkdown } from './markdown.ts';

/** Worker thread of `readMarkdownInParallel`: the facts of each body it is given, in order. */
parentPort?.postMessage((workerData as string[]).map(readMarkdown));
releaseFreedMemory();
