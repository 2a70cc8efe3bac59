import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { expect, test } from 'vitest';
import { runNode } from '../build/run-node.ts';

/** Runs the churning worker to its end; how much the process's resident memory grew meanwhile, in MB. */
async function growthAfter(release: boolean): Promise<number> {
  const before = process.memoryUsage().rss;
  const worker = new Worker(new URL('./fixtures/churn-worker.ts', import.meta.url), { workerData: { release } });
  await new Promise((resolve, reject) => worker.once('exit', resolve).once('error', reject));
  return (process.memoryUsage().rss - before) / 2 ** 20;
}

test('releaseFreedMemory hands back the pages a worker freed, which V8 keeps for seconds after it ends otherwise', async () => {
  // Released first: a worker reuses the pages that earlier workers left in the pool, which would hide the growth.
  const released = await growthAfter(true);
  const kept = await growthAfter(false);
  expect(released, `grew ${released.toFixed(0)} MB with the release, ${kept.toFixed(0)} MB without`).toBeLessThan(
    kept / 2,
  );
});

test('releaseFreedMemory does nothing, and does not throw, where Node ignores the flag that exposes gc', async () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'inkstone-free-memory-'));
  try {
    const script = path.join(folder, 'ignored-flag.ts');
    const module = pathToFileURL(path.resolve('src/lib/free-memory.ts')).href;
    writeFileSync(
      script,
      [
        "import v8 from 'node:v8';",
        `import { releaseFreedMemory } from '${module}';`,
        'v8.setFlagsFromString = () => {};',
        'releaseFreedMemory();',
        "console.log('built on');",
      ].join('\n'),
    );
    expect(await runNode(script)).toEqual({ code: 0, output: 'built on\n' });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
