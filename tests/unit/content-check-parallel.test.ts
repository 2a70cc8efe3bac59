import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { prepareMarkdownFacts, readMarkdownInParallel } from '../../src/lib/content-check/parallel.ts';
import { readFrontmatter } from '../../src/lib/content-check/frontmatter.ts';
import { HashCache } from '../../src/lib/content-check/hash-cache.ts';
import { MARKDOWN_FACTS_VERSION, readMarkdown } from '../../src/lib/content-check/markdown.ts';

const root = mkdtempSync(path.join(tmpdir(), 'inkstone-parallel-'));
const contentDir = path.join(root, 'content/blogs');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const body = (i: number) =>
  `## 第 ${i} 节\n\n正文 ${'字'.repeat(i * 40)} [链接](/blogs/post-${(i + 1) % 60}/)。\n\n![图](./images/missing-${i}.png)\n`;

const texts = Array.from(
  { length: 60 },
  (_, i) => `---\ntitle: 文章 ${i}\ndate: 2025-01-15\ncategory: 测试\n---\n\n${body(i)}`,
);
mkdirSync(contentDir, { recursive: true });
texts.forEach((text, i) => writeFileSync(path.join(contentDir, `post-${String(i).padStart(2, '0')}.md`), text));
const options = (cacheFile?: string) => ({
  root,
  contentDir,
  cacheFile,
  timeZone: 'Asia/Shanghai',
  publishing: { now: new Date('2026-01-01'), drafts: false, future: false },
});

describe('reading posts on all cores', () => {
  it('gives the same facts as reading them one by one, in order', async () => {
    const bodies = Array.from({ length: 7 }, (_, i) => body(i));
    expect(await readMarkdownInParallel(bodies, 2)).toEqual(bodies.map(readMarkdown));
  });

  it('caches every post for checkContent, which then reports exactly what it reports without the cache', async () => {
    const cacheFile = path.join(root, 'cache/posts.json');
    await prepareMarkdownFacts(contentDir, cacheFile, 2);
    const cache = new HashCache(cacheFile, MARKDOWN_FACTS_VERSION);
    const bodies = texts.map((text) => {
      const read = readFrontmatter(text);
      return read.ok ? read.body : '';
    });
    expect(bodies.filter((b) => cache.has(b))).toHaveLength(60);
    const report = checkContent(options(cacheFile));
    expect(report.problems.length).toBeGreaterThan(0);
    expect(report).toEqual(checkContent(options()));
  });
});
