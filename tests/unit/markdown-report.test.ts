import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import remarkMath from 'remark-math';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeReport } from '../../src/markdown/rehype-report.ts';
import { remarkMathFlag } from '../../src/markdown/remark-math-flag.ts';

/** A post on disk whose body Astro would hand over without its frontmatter, as it does. */
function postOnDisk(body: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'inkstone-report-'));
  const file = path.join(dir, 'post.md');
  writeFileSync(file, `---\ntitle: T\ndate: 2025-01-15\ncategory: 测试\n---\n\n${body}\n`);
  return { dir, file };
}

interface Message {
  line: number;
  fatal?: boolean;
  reason: string;
}

/** Runs `body` through a plugin that reports what `messages` says, then the reporter, and removes the post's folder. */
async function run(body: string, messages: Message[] = []) {
  const { dir, file } = postOnDisk(body);
  try {
    return await render(dir, file, body, messages);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function render(dir: string, file: string, body: string, messages: Message[]) {
  const lines: string[] = [];
  const vfile = new VFile({ path: file, value: body, data: { astro: { frontmatter: {} } } });
  const report = () => (_tree: unknown, f: VFile) => {
    for (const { line, fatal, reason } of messages) {
      f.message(reason, { place: { line, column: 2 }, ruleId: fatal ? 'missing-image' : 'unknown-language' }).fatal =
        fatal;
    }
  };
  await unified()
    .use(remarkParse)
    .use(remarkMath)
    .use(remarkMathFlag)
    .use(report)
    .use(remarkRehype)
    .use(rehypeReport, { root: dir, log: (line: string) => lines.push(line) })
    .use(rehypeStringify)
    .process(vfile);
  return { lines, frontmatter: vfile.data.astro?.frontmatter ?? {} };
}

describe('rehypeReport', () => {
  it('prints messages at the line of the file on disk, frontmatter included', async () => {
    const { lines, frontmatter } = await run('Text.\n\nMore text.', [
      { line: 3, reason: 'Unknown code language "x"' },
      { line: 1, reason: 'Image not found', fatal: true },
    ]);
    expect(lines).toEqual([
      'error post.md:7:2 Image not found [missing-image]',
      'warning post.md:9:2 Unknown code language "x" [unknown-language]',
    ]);
    expect(frontmatter.renderErrors).toEqual(['error post.md:7:2 Image not found [missing-image]']);
  });

  it('prints nothing and records no errors for a clean post', async () => {
    const { lines, frontmatter } = await run('Text.');
    expect(lines).toEqual([]);
    expect(frontmatter.renderErrors).toBeUndefined();
  });
});

describe('remarkMathFlag', () => {
  it('flags posts with math and only those', async () => {
    expect((await run('质能方程 $E = mc^2$。')).frontmatter.hasMath).toBe(true);
    expect((await run('价格是 5 美元。')).frontmatter.hasMath).toBeUndefined();
  });
});
