import v8 from 'node:v8';
import vm from 'node:vm';

type Gc = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

/**
 * Hands the memory of the calling worker thread back to the system; call it last, when the worker is done.
 *
 * V8 keeps the heap pages a worker's collections free in a pool for reuse. When the worker ends, that pool passes to
 * the process and is only unmapped eight seconds later, by a task of the main thread: for two render workers that is
 * about 450 MB still counted against the build while the next steps (and Pagefind) run. A last-resort collection in
 * the worker itself frees its pool at once, for about 60 ms.
 *
 * @example
 * parentPort.on('message', (message) => {
 *   if (message === 'close') {
 *     releaseWorkerMemory();
 *     parentPort.close();
 *   }
 * });
 */
export function releaseWorkerMemory(): void {
  // `gc` exists only in contexts created after the flag is set; the flag changes nothing else.
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as Gc;
  gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}
