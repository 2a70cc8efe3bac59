import v8 from 'node:v8';
import vm from 'node:vm';

type Gc = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

/**
 * Hands the heap pages that the calling thread's collections freed back to the system.
 *
 * V8 keeps freed pages in a pool for reuse, and gives them back only when it is short of memory or, for a worker that
 * ends, eight seconds later, from a task of the main thread. In a build that memory stays counted against the process
 * while the next steps run: after rendering, about 450 MB left by two render workers and 250 MB by the main thread's
 * page generation, just when Pagefind starts beside it. A last-resort collection frees the calling thread's pool at once,
 * for 50 to 200 ms. Call it in a worker when it is done, and in the main thread before starting a memory-hungry child.
 *
 * @example
 * parentPort.on('message', (message) => {
 *   if (message === 'close') {
 *     releaseFreedMemory();
 *     parentPort.close();
 *   }
 * });
 */
export function releaseFreedMemory(): void {
  // `gc` exists only in contexts created after the flag is set; the flag changes nothing else.
  v8.setFlagsFromString('--expose-gc');
  let gc: Gc;
  try {
    gc = vm.runInNewContext('gc') as Gc;
  } catch {
    // Node may ignore flags set at run time: the memory then goes back on V8's own schedule, which is only later.
    return;
  }
  gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}
