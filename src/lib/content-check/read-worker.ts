import { parentPort, workerData } from 'node:worker_threads';
import { readPage } from './html.ts';
import { readMarkdown } from './markdown.ts';

const { task, texts } = workerData as { task: 'markdown' | 'page'; texts: string[] };
const read = task === 'page' ? readPage : readMarkdown;

/** Worker thread of `readInParallel`: the facts of each text it is given, in order. */
parentPort?.postMessage(texts.map((text) => read(text)));
