import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runNode } from '../build/run-node.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'inkstone-worker-env-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The compile cache a worker thread sees, started with `workerEnv()` or not, in a process that turned one on. */
async function workerCache(withWorkerEnv: boolean): Promise<string> {
  const script = path.join(root, `cache-${withWorkerEnv}.ts`);
  const helper = pathToFileURL(path.resolve('src/lib/worker-env.ts')).href;
  writeFileSync(
    script,
    [
      "import module from 'node:module';",
      "import { Worker } from 'node:worker_threads';",
      `import { workerEnv } from '${helper}';`,
      `module.enableCompileCache(${JSON.stringify(path.join(root, 'cache'))});`,
      "const code = \"require('node:worker_threads').parentPort.postMessage(String(require('node:module').getCompileCacheDir()))\";",
      `const worker = new Worker(code, { eval: true${withWorkerEnv ? ', env: workerEnv()' : ''} });`,
      "worker.once('message', (dir) => console.log(dir));",
    ].join('\n'),
  );
  const run = await runNode(script, { NODE_COMPILE_CACHE: '' });
  expect(run.code, run.output).toBe(0);
  return run.output.trim();
}

describe('workerEnv', () => {
  it('gives a worker thread the compile cache of the thread that starts it, which it would not have otherwise', async () => {
    expect(await workerCache(false)).toBe('undefined');
    expect(await workerCache(true)).toMatch(new RegExp(`^${path.join(root, 'cache')}/v\\d+`, 'u'));
  });
});
