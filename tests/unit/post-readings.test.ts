import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, createPostReadings, type ContentCheckOptions } from '../../src/lib/content-check/index.ts';
import { formatProblem } from '../../src/lib/content-check/problems.ts';
import { post } from '../build/helpers.ts';

const root = mkdtempSync(path.join(tmpdir(), 'inkstone-readings-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const contentDir = path.join(root, 'content/blogs');
mkdirSync(contentDir, { recursive: true });
const write = (file: string, text: string) => writeFileSync(path.join(contentDir, file), text);

const options: ContentCheckOptions = {
  root,
  contentDir,
  cacheFile: path.join(root, '.cache/posts.json'),
  timeZone: 'Asia/Shanghai',
  publishing: { now: new Date('2025-06-01T00:00:00Z'), drafts: false, future: false },
};
const report = (result: ReturnType<typeof checkContent>) => ({
  problems: result.problems.map(formatProblem).sort(),
  posts: result.posts.map((p) => [p.file, p.data.title, p.published]),
});

describe("the dev server's readings of the posts", () => {
  it('give the report a fresh check gives, reading again only the files whose bytes changed', () => {
    write('a.md', post('甲', '![图](./images/x.png)'));
    write('b.md', post('乙', '正文。'));
    write('c.md', post('丙', '正文。'));
    const readings = createPostReadings();
    const first = report(checkContent({ ...options, readings }));
    expect(first).toEqual(report(checkContent(options)));
    expect(first.problems).toEqual([
      'content/blogs/a.md:7  image: ./images/x.png not found (looked for content/blogs/images/x.png) — fix the path or add the file',
    ]);
    const [a, b] = ['a.md', 'b.md'].map((file) => readings.posts.get(path.join(contentDir, file)));

    // The image a.md shows is added (a.md's bytes are the same), b.md gets a slip, c.md goes.
    mkdirSync(path.join(contentDir, 'images'));
    writeFileSync(path.join(contentDir, 'images/x.png'), '');
    write('b.md', post('乙', '正文。', 'titel: 乙\n'));
    rmSync(path.join(contentDir, 'c.md'));
    const second = report(checkContent({ ...options, readings }));
    expect(second).toEqual(report(checkContent(options)));
    expect(second.problems).toEqual(['content/blogs/b.md:5  titel: unknown field — did you mean "title"?']);
    expect(readings.posts.get(path.join(contentDir, 'a.md'))).toBe(a);
    expect(readings.posts.get(path.join(contentDir, 'b.md'))).not.toBe(b);
    expect([...readings.posts.keys()].map((file) => path.basename(file))).toEqual(['a.md', 'b.md']);
  });
});
