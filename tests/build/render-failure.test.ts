/**
 * A post the Markdown pipeline cannot render stops the build, naming the file, and is rendered again by the next
 * build: Astro's glob loader would only log the error and keep the post without its HTML.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureSite, type BuildResult, type FixtureSite } from '../../scripts/lib/fixture-site.ts';
import { post } from './helpers.ts';

const PLUGIN = 'src/markdown/remark-math-flag.ts';
const original = readFileSync(path.join(import.meta.dirname, '../..', PLUGIN), 'utf8');
const TRANSFORMER = '  return (tree: Root, file: VFile) => {\n';

/**
 * The plugin, throwing on posts that contain `CRASH-HERE` while `CRASH_RENDER` is set: a failure that goes away with
 * nothing changed, as a worker running out of memory on a busy machine would.
 */
const crashing = original.replace(
  TRANSFORMER,
  `${TRANSFORMER}    if (process.env.CRASH_RENDER && String(file.value).includes('CRASH-HERE')) throw new Error('the plugin broke');\n` +
    `    if (process.env.CRASH_RENDER && String(file.value).includes('EXIT-HERE')) process.exit(3);\n`,
);

let site: FixtureSite;
let failed: BuildResult;

beforeAll(async () => {
  site = await createFixtureSite({
    files: {
      'content/blogs/fine.md': post('Fine', 'Text.'),
      'content/blogs/bad.md': post('Bad', 'CRASH-HERE'),
      [PLUGIN]: crashing,
    },
  });
  failed = await site.run(['build'], { CRASH_RENDER: '1' });
});

afterAll(() => site?.remove());

// A test builds the site again.
describe('a post that cannot be rendered', { timeout: 120_000 }, () => {
  it('stops the build with the file and the error', () => {
    expect(crashing).not.toBe(original);
    expect(failed.code).not.toBe(0);
    expect(failed.output).toContain(
      'Could not render 1 post(s); nothing was built:\n  content/blogs/bad.md: the plugin broke\n',
    );
    expect(failed.output).not.toContain('fine.md: ');
  });

  it('is rendered by the next build, though neither it nor the pipeline changed', async () => {
    const fixed = await site.run(['build']);
    expect(fixed.code, fixed.output.slice(-3000)).toBe(0);
    expect(readFileSync(path.join(site.outDir, 'blogs/bad/index.html'), 'utf8')).toContain('CRASH-HERE');
  });

  it('fails the build, naming the post, when a plugin ends its render worker', async () => {
    // Before the pool listened for `exit`, nothing was left to keep the process alive: it ended with code 0 and no site.
    await site.write({ 'content/blogs/gone.md': post('Gone', 'EXIT-HERE') });
    const ended = await site.run(['build'], { CRASH_RENDER: '1' });
    expect(ended.code).not.toBe(0);
    expect(ended.output).toMatch(/Could not render \d post\(s\); nothing was built:\n/u);
    expect(ended.output).toContain(
      '  content/blogs/gone.md: the render worker stopped (exit code 3) before this post was rendered\n',
    );
  });
});
