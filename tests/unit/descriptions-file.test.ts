import { describe, expect, it } from 'vitest';
import { checkDescriptionsFile, readDescriptionsFile } from '../../src/lib/content-check/descriptions-file.ts';

/** Each problem as the build prints it. */
const printed = (problems: { file: string; line: number; field?: string; message: string }[]) =>
  problems.map((p) => `${p.file}:${p.line}  ${p.field}: ${p.message}`);

const FIX = 'write it indented below the name: "  description: 从检索到评测，一步步搭起一个大模型应用"';

describe('readDescriptionsFile', () => {
  it("reads each series' description by its name, as posts write it", () => {
    const text =
      '# 系列说明\n大模型应用工程:\n  description: 从检索到评测。\nC/C++ 入门:\n  description: >\n    从指针\n    讲起。\n';
    expect(readDescriptionsFile(text, 'series')).toEqual({
      descriptions: new Map([
        ['大模型应用工程', '从检索到评测。'],
        ['C/C++ 入门', '从指针 讲起。'],
      ]),
      profiles: new Map(),
      problems: [],
    });
    expect(readDescriptionsFile('', 'series')).toEqual({ descriptions: new Map(), profiles: new Map(), problems: [] });
  });

  it('names the line, the series and the fix of every mistake, word for word', () => {
    const text = [
      '甲: 一句话写在名字后面',
      '乙:',
      '  title: 乙系列',
      '丙:',
      '  description: 3',
      '丁:',
      '  description: ""',
      '戊:',
      '  description: 写对了。',
    ].join('\n');
    const { descriptions, problems } = readDescriptionsFile(text, 'series');
    expect(descriptions).toEqual(new Map([['戊', '写对了。']]));
    expect(printed(problems)).toEqual([
      `content/series.yaml:1  甲: expected a description below the name, found "一句话写在名字后面" — ${FIX}`,
      'content/series.yaml:3  乙.title: unknown field — a series has only a description',
      `content/series.yaml:2  乙: expected a description below the name, found none — ${FIX}`,
      `content/series.yaml:5  丙.description: expected text, found the number 3 — ${FIX}`,
      `content/series.yaml:7  丁.description: expected text, found an empty value — ${FIX}`,
    ]);
  });

  it('says where YAML it cannot read goes wrong, and what a file of one value should be', () => {
    expect(printed(readDescriptionsFile('甲:\n  description: "没有收尾的引号\n', 'series').problems)).toEqual([
      'content/series.yaml:2  yaml: invalid YAML: the value quoted with " on this line is never closed — add the closing "',
    ]);
    expect(printed(readDescriptionsFile('只有一句话', 'series').problems)).toEqual([
      'content/series.yaml:1  yaml: expected series names, one per line, each with a description, found a single value',
    ]);
  });
});

describe('the categories file', () => {
  it('is read as the series file is, its messages naming categories', () => {
    const text = '人工智能:\n  description: 大模型与它们的应用。\n前端工程:\n  summary: 错的字段\n写作: 一句话\n';
    const { descriptions, problems } = readDescriptionsFile(text, 'category');
    expect(descriptions).toEqual(new Map([['人工智能', '大模型与它们的应用。']]));
    const fix = 'write it indented below the name: "  description: 大模型、检索与评测：人工智能落到应用里的那一面"';
    expect(printed(problems)).toEqual([
      'content/categories.yaml:4  前端工程.summary: unknown field — a category has only a description',
      `content/categories.yaml:3  前端工程: expected a description below the name, found none — ${fix}`,
      `content/categories.yaml:5  写作: expected a description below the name, found "一句话" — ${fix}`,
    ]);
    expect(printed(readDescriptionsFile('只有一句话', 'category').problems)).toEqual([
      'content/categories.yaml:1  yaml: expected category names, one per line, each with a description, found a single value',
    ]);
    expect(printed(checkDescriptionsFile(text, 'category', new Set(['人工只能'])))).toContain(
      'content/categories.yaml:1  人工智能: no post is in the category "人工智能", so no page shows this description — write the name as the posts do: 人工只能',
    );
  });
});

describe('checkDescriptionsFile', () => {
  it('warns of a described series no post is in, naming the one a character away', () => {
    const text =
      '大模型应用工层:\n  description: 错了一个字。\n数据库:\n  description: 没有文章。\n大模型应用工程:\n  description: 对的。\n';
    expect(printed(checkDescriptionsFile(text, 'series', new Set(['大模型应用工程', 'Go 入门'])))).toEqual([
      'content/series.yaml:1  大模型应用工层: no post is in the series "大模型应用工层", so no page shows this description — write the name as the posts do: 大模型应用工程',
      'content/series.yaml:3  数据库: no post is in the series "数据库", so no page shows this description — write the name as the posts\' series: field does, or remove it',
    ]);
    expect(checkDescriptionsFile(text, 'series', new Set(['大模型应用工层', '数据库', '大模型应用工程']))).toEqual([]);
  });
});

describe('the tags file', () => {
  const FIX_TAG = 'write it indented below the name: "  description: 检索增强生成：先找到相关的文档，再让模型据此回答"';

  it('is read as the series file is, a tag in any of its spellings once', () => {
    const text = [
      'RAG:',
      '  description: 检索增强生成。',
      'Code Review:',
      '  description: 评审代码。',
      'code  review:',
      '  description: 又一次。',
      '大模型: 一句话',
    ].join('\n');
    const { descriptions, problems } = readDescriptionsFile(text, 'tag');
    expect(descriptions).toEqual(
      new Map([
        ['RAG', '检索增强生成。'],
        ['Code Review', '评审代码。'],
      ]),
    );
    expect(printed(problems)).toEqual([
      'content/tags.yaml:5  code  review: the tag "Code Review" (line 3) again, in another spelling — keep one description for both and remove the other',
      `content/tags.yaml:7  大模型: expected a description below the name, found "一句话" — ${FIX_TAG}`,
    ]);
    expect(printed(readDescriptionsFile('只有一句话', 'tag').problems)).toEqual([
      'content/tags.yaml:1  yaml: expected tag names, one per line, each with a description, found a single value',
    ]);
  });

  it('warns of a described tag no post has in any spelling, naming the one a character away', () => {
    const text = 'rag:\n  description: 写法不同，是同一个标签。\n大模形:\n  description: 错了一个字。\n';
    expect(printed(checkDescriptionsFile(text, 'tag', new Set(['RAG', '大模型'])))).toEqual([
      'content/tags.yaml:3  大模形: no post has the tag "大模形", so no page shows this description — write the name as the posts do: 大模型',
    ]);
    expect(printed(checkDescriptionsFile(text, 'tag', new Set(['RAG'])))).toEqual([
      'content/tags.yaml:3  大模形: no post has the tag "大模形", so no page shows this description — write the name as the posts\' tags: field does, or remove it',
    ]);
  });
});

describe("authors' descriptions", () => {
  const FIX_AUTHOR = 'write it indented below the name: "  description: 前端工程师，写浏览器、构建工具和排版"';

  it('reads each author by any spelling of their name, as their pages are one', () => {
    const text = 'Zhang San:\n  description: 写前端。\nzhang  san:\n  description: 另一种写法。\n李四: 一句话\n';
    const { descriptions, problems } = readDescriptionsFile(text, 'author');
    expect(descriptions).toEqual(new Map([['Zhang San', '写前端。']]));
    expect(printed(problems)).toEqual([
      'content/authors.yaml:3  zhang  san: the author "Zhang San" (line 1) again, in another spelling — keep one description for both and remove the other',
      `content/authors.yaml:5  李四: expected a description below the name, found "一句话" — ${FIX_AUTHOR}`,
    ]);
  });

  it("reads an author's own page and picture, with a description or without", () => {
    const text = [
      '张三:',
      '  description: 写前端的工程师。',
      '  url: https://zhangsan.dev/',
      '  avatar: /avatars/zhangsan.png',
      '李四:',
      '  avatar: https://github.com/lisi.png',
    ].join('\n');
    expect(readDescriptionsFile(text, 'author')).toEqual({
      descriptions: new Map([['张三', '写前端的工程师。']]),
      profiles: new Map([
        ['张三', { url: 'https://zhangsan.dev/', avatar: '/avatars/zhangsan.png' }],
        ['李四', { avatar: 'https://github.com/lisi.png' }],
      ]),
      problems: [],
    });
  });

  it("names an author's page or picture that cannot be one, and a field an author has not, word for word", () => {
    const text = [
      '张三:',
      '  url: zhangsan.dev',
      '  avatar: avatars/zhangsan.png',
      '  weibo: https://weibo.com/zhangsan',
      '李四:',
      '  avatar: 3',
    ].join('\n');
    expect(printed(readDescriptionsFile(text, 'author').problems)).toEqual([
      'content/authors.yaml:4  张三.weibo: unknown field — an author has a description, a url and an avatar',
      'content/authors.yaml:2  张三.url: expected the address of the author\'s own site or page, such as https://zhangsan.dev/, found "zhangsan.dev"',
      'content/authors.yaml:3  张三.avatar: expected a picture from the site\'s root (/avatars/zhangsan.png, a file of public/) or an https:// address, found "avatars/zhangsan.png"',
      "content/authors.yaml:6  李四.avatar: expected a picture from the site's root (/avatars/zhangsan.png, a file of public/) or an https:// address, found the number 3",
    ]);
    // A page or a picture alone is no description for a series.
    expect(printed(readDescriptionsFile('甲:\n  url: https://example.com/\n', 'series').problems)).toEqual([
      'content/series.yaml:2  甲.url: unknown field — a series has only a description',
      `content/series.yaml:1  甲: expected a description below the name, found none — ${FIX}`,
    ]);
  });

  it('warns of an author given a picture alone whom no post is by', () => {
    expect(
      printed(checkDescriptionsFile('王五:\n  avatar: /avatars/wangwu.png\n', 'author', new Set(['张三']))),
    ).toEqual([
      'content/authors.yaml:1  王五: no post is by "王五", so no page shows what it says — write the name as the posts\' author: field does, or remove it',
    ]);
  });

  it('warns of a described author no post is by, naming the one a character away', () => {
    const text = 'zhang san:\n  description: 写法不同，是同一个人。\n欧阳峰:\n  description: 错了一个字。\n';
    expect(printed(checkDescriptionsFile(text, 'author', new Set(['Zhang San', '欧阳锋'])))).toEqual([
      'content/authors.yaml:3  欧阳峰: no post is by "欧阳峰", so no page shows this description — write the name as the posts do: 欧阳锋',
    ]);
    expect(printed(checkDescriptionsFile(text, 'author', new Set(['Zhang San'])))).toEqual([
      'content/authors.yaml:3  欧阳峰: no post is by "欧阳峰", so no page shows this description — write the name as the posts\' author: field does, or remove it',
    ]);
  });
});
