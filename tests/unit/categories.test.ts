import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { categoriesOf, lastSeriesOrder, postFieldsIn, seriesOf } from '../../src/lib/categories.ts';
import { closeCategory } from '../../src/lib/content-check/slugs.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'inkstone-categories-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const post = (category: string) => `---\ntitle: 标题\ndate: 2025-01-01\ncategory: ${category}\n---\n\n正文。\n`;

describe('categoriesOf the posts read by postFieldsIn', () => {
  it('counts the posts of each category, most used first, across .md and .mdx posts and subfolders', () => {
    mkdirSync(path.join(dir, 'notes'));
    writeFileSync(path.join(dir, 'a.md'), post('前端工程'));
    writeFileSync(path.join(dir, 'b.md'), post('人工智能'));
    writeFileSync(path.join(dir, 'c.mdx'), post('人工智能'));
    writeFileSync(path.join(dir, 'notes/d.md'), post(' 人工智能 ').replace('\n', '\r\n'));
    expect([...categoriesOf(postFieldsIn(dir))]).toEqual([
      ['人工智能', 3],
      ['前端工程', 1],
    ]);
  });

  it('leaves out posts whose frontmatter cannot be read or has no category, and other files', () => {
    writeFileSync(path.join(dir, 'broken.md'), '---\ntitle: [\n---\n');
    writeFileSync(path.join(dir, 'none.md'), '---\ntitle: 无分类\n---\n');
    writeFileSync(path.join(dir, 'list.md'), post('[a, b]'));
    writeFileSync(path.join(dir, 'readme.txt'), post('文本'));
    expect([...categoriesOf(postFieldsIn(dir)).keys()]).toEqual(['人工智能', '前端工程']);
  });
});

describe('seriesOf and lastSeriesOrder', () => {
  const posts = [
    { series: '数据库实战', seriesOrder: 2 },
    { series: ['数据库实战'], seriesOrder: 5 },
    { series: ' 数据库实战 ' },
    { series: '大模型应用工程', seriesOrder: 9 },
    { category: '人工智能' },
  ];

  it("counts each series' posts, Hugo's list of one included", () => {
    expect([...seriesOf(posts)]).toEqual([
      ['数据库实战', 3],
      ['大模型应用工程', 1],
    ]);
  });

  it('gives the highest place of a series, or none when its parts have none', () => {
    expect(lastSeriesOrder(posts, '数据库实战')).toBe(5);
    expect(lastSeriesOrder([{ series: '数据库实战' }], '数据库实战')).toBeUndefined();
    expect(lastSeriesOrder(posts, '没有的系列')).toBeUndefined();
  });
});

describe('closeCategory', () => {
  const existing = ['人工智能', '前端工程', 'C/C++', '后端', 'Rust'];

  it('finds the category one character away', () => {
    expect(closeCategory('人工只能', existing)).toBe('人工智能');
    expect(closeCategory('前段工程', existing)).toBe('前端工程');
    expect(closeCategory('Rsst', existing)).toBe('Rust');
  });

  it('finds the category with the same URL', () => {
    expect(closeCategory('C-C++', existing)).toBe('C/C++');
    expect(closeCategory('rust', existing)).toBe('Rust');
  });

  it('finds nothing for a clearly new category, or among names of one or two characters', () => {
    expect(closeCategory('数据库', existing)).toBeUndefined();
    expect(closeCategory('前端', existing)).toBeUndefined();
    expect(closeCategory('Go', ['Git'])).toBeUndefined();
    // Names one character longer are often other names.
    expect(closeCategory('Preact', ['React'])).toBeUndefined();
    expect(closeCategory('Vuex', ['Vue'])).toBeUndefined();
  });
});
