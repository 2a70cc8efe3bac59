import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { createPageSchema } from '../../src/schema/page';
import { createPostSchema, postEntrySchema } from '../../src/schema/post';
import { defineSiteConfig, SiteConfigSchema } from '../../src/schema/site';

const schema = createPostSchema(z.string());
const seed = readFileSync(new URL('../../content/blogs/gpt-and-deepseek.md', import.meta.url), 'utf8');
const seedFrontmatter = parse(seed.split('---')[1]!) as Record<string, unknown>;

const valid = { title: 'A post', date: '2025-02-08', category: '人工智能' };

/** The first issue's path and message, as authors will read them. */
function firstIssue(input: unknown): string {
  const result = schema.safeParse(input);
  if (result.success) return 'valid';
  const [issue] = result.error.issues;
  return `${issue!.path.join('.')}: ${issue!.message}`;
}

describe('post schema', () => {
  it('accepts the seed post frontmatter', () => {
    const data = schema.parse(seedFrontmatter);
    expect(data).toMatchObject({ title: 'GPT和DeepSeek模型', readTime: '3 min read', category: '人工智能' });
    expect(data.date.toISOString()).toBe('2025-02-08T00:00:00.000Z');
    expect(data.draft).toBe(false);
    expect(data.tags).toEqual([]);
  });

  it('accepts YAML dates, ISO dates and date-times with offsets', () => {
    expect(schema.parse({ ...valid, date: new Date('2025-02-08') }).date.toISOString()).toBe(
      '2025-02-08T00:00:00.000Z',
    );
    expect(schema.parse({ ...valid, date: '2025-02-08T09:30:00+08:00' }).date.toISOString()).toBe(
      '2025-02-08T01:30:00.000Z',
    );
  });

  it('accepts read times in English and Chinese', () => {
    expect(schema.parse({ ...valid, readTime: '12 min read' }).readTime).toBe('12 min read');
    expect(schema.parse({ ...valid, readTime: '3 分钟' }).readTime).toBe('3 分钟');
  });

  it('names the field when the title is missing or empty', () => {
    expect(firstIssue({ ...valid, title: undefined })).toBe(
      'title: expected text, found nothing — add a line such as title: "My first post"',
    );
    expect(firstIssue({ ...valid, title: '  ' })).toBe(
      'title: expected text, found an empty value — write the title after "title:"',
    );
    expect(firstIssue({ ...valid, title: 2024 })).toBe(
      'title: expected text, found the number 2024 — put it in quotes',
    );
  });

  it('names the field when the category is missing', () => {
    expect(firstIssue({ ...valid, category: undefined })).toBe(
      'category: expected text, found nothing — add a line such as category: 人工智能',
    );
  });

  it('refuses dates that do not exist or are not dates', () => {
    expect(firstIssue({ ...valid, date: '2025-13-45' })).toBe(
      'date: expected a date such as 2025-02-08 or 2025-02-08T09:30:00+08:00, found "2025-13-45" — write a real calendar date as YYYY-MM-DD, optionally with a time',
    );
    expect(firstIssue({ ...valid, date: 'yesterday' })).toBe(
      'date: expected a date such as 2025-02-08 or 2025-02-08T09:30:00+08:00, found "yesterday" — write a real calendar date as YYYY-MM-DD, optionally with a time',
    );
    expect(firstIssue({ ...valid, date: undefined })).toBe(
      'date: expected a date such as 2025-02-08 or 2025-02-08T09:30:00+08:00, found nothing — add a line such as date: 2025-02-08',
    );
    expect(firstIssue({ ...valid, date: '2025-02-30' })).toContain('found "2025-02-30"');
  });

  it('refuses a read time in another form', () => {
    expect(firstIssue({ ...valid, readTime: 'three minutes' })).toBe(
      'readTime: expected "N min read" or "N 分钟", found "three minutes" — write e.g. readTime: 3 min read, or remove the line to have it computed',
    );
  });

  it("takes a post's language as a BCP 47 tag, written back in its canonical form", () => {
    const lang = (value: string) => schema.parse({ ...valid, lang: value }).lang;
    expect(lang('en')).toBe('en');
    expect(lang(' EN ')).toBe('en');
    expect(lang('zh-hans-cn')).toBe('zh-Hans-CN');
    expect(schema.parse(valid).lang).toBeUndefined();
  });

  it('refuses a language that is not a language tag', () => {
    const fix = 'write a BCP 47 language tag, e.g. lang: en';
    expect(firstIssue({ ...valid, lang: 'english' })).toBe(
      `lang: expected a language tag such as en or zh-CN, found "english" — ${fix}`,
    );
    expect(firstIssue({ ...valid, lang: 'zh_CN' })).toBe(
      `lang: expected a language tag such as en or zh-CN, found "zh_CN" — ${fix}`,
    );
    expect(firstIssue({ ...valid, lang: 1 })).toBe(
      'lang: expected a language tag such as en or zh-CN, found the number 1 — put the tag in quotes',
    );
  });

  it('refuses a slug, category, tag or series of dots alone, which would lead to another address', () => {
    expect(firstIssue({ ...valid, slug: '..' })).toBe(
      'slug: expected a URL segment with a letter or digit, found ".." — a slug of dots alone would lead to another address; use letters, digits and "-"',
    );
    expect(firstIssue({ ...valid, category: ' . ' })).toBe(
      'category: expected a name with a letter or digit, found "." — a category of dots alone would lead to another address; write a word',
    );
    expect(firstIssue({ ...valid, tags: ['ok', '...'] })).toBe(
      'tags.1: expected a name with a letter or digit, found "..." — a tag of dots alone would lead to another address; write a word',
    );
    // `/series/../` would be the home page's folder.
    expect(firstIssue({ ...valid, series: '..' })).toBe(
      'series: expected a name with a letter or digit, found ".." — a series of dots alone would lead to another address; write a word',
    );
    expect(firstIssue({ ...valid, series: ['.'] })).toBe(
      'series: expected a name with a letter or digit, found "." — a series of dots alone would lead to another address; write a word',
    );
    // Dots among other characters name a page.
    expect(
      schema.parse({ ...valid, slug: 'v1.2', category: '.NET', tags: ['Node.js', '...x'], series: '.NET 入门' }),
    ).toMatchObject({ slug: 'v1.2', category: '.NET', tags: ['Node.js', '...x'], series: '.NET 入门' });
  });

  it("takes a part's place in its series as a number, and says to drop the quotes of one written as text", () => {
    expect(schema.parse({ ...valid, series: '大模型应用工程', seriesOrder: 1.5 })).toMatchObject({ seriesOrder: 1.5 });
    expect(schema.parse(valid).seriesOrder).toBeUndefined();
    expect(firstIssue({ ...valid, seriesOrder: '2' })).toBe(
      'seriesOrder: expected a number such as 2, found "2" — write seriesOrder: 2, without quotes',
    );
    expect(firstIssue({ ...valid, seriesOrder: '第二篇' })).toBe(
      'seriesOrder: expected a number such as 2, found "第二篇" — write seriesOrder: 2 (its place in the series: the parts are read from the lowest number up)',
    );
    expect(firstIssue({ ...valid, seriesOrder: Number.POSITIVE_INFINITY })).toBe(
      'seriesOrder: expected a number such as 2, found the number Infinity — write seriesOrder: 2 (its place in the series: the parts are read from the lowest number up)',
    );
  });

  it("takes a post's own license as a name, a name and an address, or false, and names what is wrong", () => {
    const cc = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };
    expect(schema.parse({ ...valid, license: ' CC BY 4.0 ' }).license).toEqual({ name: 'CC BY 4.0' });
    expect(schema.parse({ ...valid, license: cc }).license).toEqual(cc);
    expect(schema.parse({ ...valid, license: false }).license).toBe(false);
    expect(schema.parse(valid).license).toBeUndefined();
    const fix =
      'write license: CC BY 4.0, license: { name: CC BY 4.0, url: https://… }, or license: false for no notice';
    expect(firstIssue({ ...valid, license: true })).toBe(
      `license: expected a license such as CC BY 4.0, found true — ${fix}`,
    );
    expect(firstIssue({ ...valid, license: null })).toBe(
      `license: expected a license such as CC BY 4.0, found nothing — ${fix}`,
    );
    expect(firstIssue({ ...valid, license: { url: cc.url } })).toBe(
      `license: expected a license such as CC BY 4.0, found a group of fields — ${fix}`,
    );
    expect(firstIssue({ ...valid, license: ' ' })).toBe(
      "license.name: expected the license's name, found an empty value — write e.g. name: CC BY 4.0",
    );
    expect(firstIssue({ ...valid, license: { name: 'x', url: 'javascript:alert(1)' } })).toBe(
      'license.url: expected an address starting with https://, found "javascript:alert(1)" — write the license\'s full address, or leave url out',
    );
    expect(firstIssue({ ...valid, license: { name: 'x', link: 'y', href: 'z' } })).toBe(
      'license: expected name and url, found "link, href" — a license has a name and a url only',
    );
  });

  it('takes the author of a post as a name or a list of names, and names what is wrong', () => {
    expect(schema.parse({ ...valid, author: ' 张三 ' }).author).toEqual(['张三']);
    expect(schema.parse({ ...valid, author: ['张三', '李四'] }).author).toEqual(['张三', '李四']);
    expect(schema.parse(valid).author).toBeUndefined();
    const fix = 'write author: 张三, or author: [张三, 李四]';
    // Left empty, as templates leave it: the site's author.
    expect(schema.parse({ ...valid, author: '' }).author).toBeUndefined();
    expect(schema.parse({ ...valid, author: null }).author).toBeUndefined();
    expect(firstIssue({ ...valid, author: [] })).toBe(
      `author: expected a name or a list of names, found a list — ${fix}`,
    );
    expect(firstIssue({ ...valid, author: { name: '张三' } })).toBe(
      `author: expected a name or a list of names, found a group of fields — ${fix}`,
    );
    expect(firstIssue({ ...valid, author: ['张三', 3] })).toBe(
      'author.1: expected a name, found the number 3 — put the name in quotes',
    );
    expect(firstIssue({ ...valid, author: ['张三', ' '] })).toBe(
      'author.1: expected a name, found an empty value — write the name, or remove the line',
    );
  });

  it('takes the original of a post from elsewhere as an address, or with its author and title', () => {
    expect(schema.parse({ ...valid, source: 'https://example.com/a' }).source).toEqual({
      url: 'https://example.com/a',
    });
    const full = { url: 'https://example.com/a', author: '张三', title: '原文' };
    expect(schema.parse({ ...valid, source: full }).source).toEqual(full);
    expect(firstIssue({ ...valid, source: 'example.com/a' })).toBe(
      'source.url: expected the address of the original starting with https://, found "example.com/a" — write the original\'s full address',
    );
    expect(firstIssue({ ...valid, source: { author: '张三' } })).toBe(
      "source.url: expected the address of the original starting with https://, found nothing — write the original's full address",
    );
    expect(firstIssue({ ...valid, source: { ...full, author: '' } })).toBe(
      "source.author: expected text, found an empty value — write the original's author, or leave it out",
    );
    expect(firstIssue({ ...valid, source: { ...full, by: '张三' } })).toBe(
      'source: expected url, author and title, found "by" — a source has a url, an author and a title only',
    );
    expect(firstIssue({ ...valid, source: ['https://example.com/a'] })).toBe(
      'source: expected the address of the original, found a list — write source: https://example.com/original, or source: { url: …, author: …, title: … }',
    );
  });

  it('refuses wrong types with the field named', () => {
    expect(firstIssue({ ...valid, tags: 'ai' })).toBe(
      'tags: expected a list such as [ai, llm], found "ai" — write tags: [a, b]',
    );
    expect(firstIssue({ ...valid, draft: 'yes' })).toBe(
      'draft: expected true or false, found "yes" — write draft: true or draft: false',
    );
    expect(firstIssue({ ...valid, pinned: 1 })).toBe(
      'pinned: expected true or false, found the number 1 — write pinned: true or pinned: false',
    );
    expect(schema.parse({ ...valid, pinned: true }).pinned).toBe(true);
    expect(schema.parse(valid).pinned).toBe(false);
    expect(firstIssue({ ...valid, unlisted: 'yes' })).toBe(
      'unlisted: expected true or false, found "yes" — write unlisted: true or unlisted: false',
    );
    expect(schema.parse(valid).unlisted).toBe(false);
    expect(firstIssue({ ...valid, comments: 'off' })).toBe(
      'comments: expected true or false, found "off" — write comments: false to turn them off',
    );
    expect(schema.parse(valid).comments).toBe(true);
    expect(firstIssue({ ...valid, reward: 'no' })).toBe(
      'reward: expected true or false, found "no" — write reward: false to leave them out',
    );
    expect(schema.parse(valid).reward).toBe(true);
  });
});

describe("the post schema as Astro's collection uses it", () => {
  const inputs: Record<string, unknown> = {
    seed: seedFrontmatter,
    valid,
    'with a cover': { ...valid, cover: './images/cover.png', tags: ['ai'], draft: true, updated: '2025-03-01' },
    'in another language': { ...valid, lang: 'EN' },
    'with unknown fields': { ...valid, layout: 'post' },
    'with many mistakes': { title: 2024, date: 'yesterday', readTime: 'three minutes', tags: 'ai', cover: 3 },
    'without fields': {},
    'not a mapping': 'title',
  };
  /** What a schema makes of an input: its data, or every issue's path and message in order. */
  const outcome = (schema: z.ZodType, input: unknown) => {
    const result = schema.safeParse(input);
    return result.success
      ? result.data
      : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it.each(Object.keys(inputs))('reads frontmatter %s as the post schema does', (name) => {
    const entry = postEntrySchema(z.string(), 'Asia/Shanghai');
    const post = createPostSchema(z.string(), 'Asia/Shanghai');
    expect(outcome(entry, inputs[name])).toEqual(outcome(post, inputs[name]));
  });

  it('reuses the fields of one time zone, in the same order', () => {
    const [a, b] = [postEntrySchema(z.string(), 'UTC'), postEntrySchema(z.string(), 'UTC')];
    expect(a).not.toBe(b);
    expect(a.shape.title).toBe(b.shape.title);
    expect(postEntrySchema(z.string(), 'Asia/Shanghai').shape.title).not.toBe(a.shape.title);
    expect(Object.keys(a.shape)).toEqual(Object.keys(createPostSchema(z.string()).shape));
    expect(
      postEntrySchema(z.string(), 'UTC')
        .parse({ ...valid, date: '2025-02-08T09:30:00' })
        .date.toISOString(),
    ).toBe('2025-02-08T09:30:00.000Z');
    expect(
      postEntrySchema(z.string(), 'Asia/Shanghai')
        .parse({ ...valid, date: '2025-02-08T09:30:00' })
        .date.toISOString(),
    ).toBe('2025-02-08T01:30:00.000Z');
  });
});

describe('the site config', () => {
  const config = {
    title: 'T',
    description: 'D',
    author: 'A',
    url: 'https://example.com/',
    nav: [{ label: 'nav.home', href: '/' }],
  };
  const giscus = { repo: 'me/blog', repoId: 'R_1', category: 'Comments', categoryId: 'DIC_1' };
  /** The lines of the problems a config with `extra` stops the build with (none when it does not). */
  const problems = (extra: object) => {
    try {
      defineSiteConfig({ ...config, ...extra } as never);
      return [];
    } catch (error) {
      return (error as Error).message.split('\n').slice(1);
    }
  };

  it('names what its basic fields expected, what was found and the fix, and takes a nav link to another site', () => {
    expect(
      problems({ title: ' ', postsPerPage: 0, relatedPosts: 1.5, language: 'zh', timeZone: 'Asia/Shangai' }),
    ).toEqual([
      "  title: expected the site's title, found an empty value — write title: 'My blog'",
      '  language: expected zh-CN, zh-TW or en, found "zh" — write language: \'zh-CN\'',
      '  timeZone: expected an IANA time zone, found "Asia/Shangai" — did you mean Asia/Shanghai?',
      '  postsPerPage: expected a whole number from 1, found the number 0 — write postsPerPage: 10',
      '  relatedPosts: expected a whole number from 0, found the number 1.5 — write relatedPosts: 3',
    ]);
    expect(problems({ timeZone: 'Beijing', feedLimit: '20' })).toEqual([
      '  timeZone: expected an IANA time zone, found "Beijing" — write one such as \'Asia/Shanghai\'',
      '  feedLimit: expected a whole number from 1, found "20" — write feedLimit: 20',
    ]);
    expect(
      problems({
        nav: [
          { label: '', href: 'about' },
          { label: 'RSS', href: './rss.xml' },
        ],
      }),
    ).toEqual([
      "  nav.0.label: expected a label, found an empty value — write label: 'nav.home', or words of your own",
      "  nav.0.href: expected a path from the site's root or an https:// address, found \"about\" — write href: '/about/', or an https:// address",
      "  nav.1.href: expected a path from the site's root or an https:// address, found \"./rss.xml\" — write href: '/rss.xml', or an https:// address",
    ]);
    expect(
      problems({
        license: { name: '' },
        reward: { text: ' ', codes: [{ name: '', image: '/w.png' }] },
        comments: { giscus: { repo: 'me/blog', repoId: '', category: 'Comments', categoryId: ' ' } },
      }),
    ).toEqual([
      "  reward.text: expected words above the codes, found an empty value — write text: '请作者喝杯咖啡。', or leave it out",
      "  reward.codes.0.name: expected the code's name, found an empty value — write name: '微信'",
      "  license.name: expected the license's name, found an empty value — write name: 'CC BY-NC-SA 4.0'",
      "  comments.giscus.repoId: expected the repository's id giscus gives, found an empty value — copy data-repo-id from giscus' configuration page",
      "  comments.giscus.categoryId: expected the category's id giscus gives, found an empty value — copy data-category-id from giscus' configuration page",
    ]);
    expect(
      problems({
        url: 'blog.example.com',
        editLink: { baseUrl: 'https://github.com/me/blog/edit/main' },
        license: { name: 'CC BY 4.0', url: 'creativecommons.org' },
      }),
    ).toEqual([
      "  url: expected the site's address, found \"blog.example.com\" — write url: 'https://blog.example.com/'",
      '  editLink.baseUrl: expected an address ending in /, found "https://github.com/me/blog/edit/main" — write baseUrl: \'https://github.com/me/blog/edit/main/\'',
      '  license.url: expected the address of the license\'s text, found "creativecommons.org" — write its full address, or leave url out',
    ]);
    const github = { label: 'GitHub', href: 'https://github.com/me/blog' };
    expect(defineSiteConfig({ ...config, nav: [github], timeZone: 'UTC' }).nav).toEqual([github]);
  });

  it('takes an address under a path, and refuses one not ending in / or with a query', () => {
    expect(SiteConfigSchema.parse({ ...config, url: 'https://me.github.io/blog/' }).url).toBe(
      'https://me.github.io/blog/',
    );
    const message = (url: string) =>
      SiteConfigSchema.safeParse({ ...config, url }).error?.issues.map(
        (issue) => `${issue.path.join('.')}: ${issue.message}`,
      );
    expect(message('https://me.github.io/blog')).toEqual([
      'url: expected the site\'s address ending in /, without ? or #, found "https://me.github.io/blog" — write https://me.github.io/blog/',
    ]);
    expect(message('https://example.com/?lang=zh')).toEqual([
      'url: expected the site\'s address ending in /, without ? or #, found "https://example.com/?lang=zh" — write https://example.com/',
    ]);
  });

  it('stops on a mistake in src/site.config.ts, naming each field, what was found and the fix', () => {
    expect(defineSiteConfig({ ...config, url: 'https://me.github.io/blog/' }).postsPerPage).toBe(10);
    expect(() => defineSiteConfig({ ...config, url: 'https://me.github.io/blog' })).toThrow(
      [
        '1 problem in src/site.config.ts; nothing was built:',
        '  url: expected the site\'s address ending in /, without ? or #, found "https://me.github.io/blog" — write https://me.github.io/blog/',
      ].join('\n'),
    );
    expect(() =>
      defineSiteConfig({ ...config, url: 'https://me.github.io/blog', comments: {}, nav: [] } as never),
    ).toThrow(
      [
        '3 problems in src/site.config.ts; nothing was built:',
        '  url: expected the site\'s address ending in /, without ? or #, found "https://me.github.io/blog" — write https://me.github.io/blog/',
        "  nav: expected at least one link, found none — add { label: 'nav.home', href: '/' }",
        '  comments: expected one service, giscus, waline or twikoo — keep the one whose comments the site shows',
      ].join('\n'),
    );
  });

  it('names a field it has no use for, a typo most likely, with the field meant', () => {
    expect(problems({ licence: { name: 'CC BY 4.0' } })).toEqual([
      '  licence: unknown field — did you mean "license"?',
    ]);
    expect(problems({ comments: { waline: { serverURL: 'https://c.example.com', pageviews: true } } })).toEqual([
      '  comments.waline.pageviews: unknown field — did you mean "pageview"?',
    ]);
    expect(problems({ nav: [{ label: 'nav.home', herf: '/' }] })).toEqual([
      '  nav.0.href: Invalid input: expected string, received undefined',
      '  nav.0.herf: unknown field — did you mean "href"?',
    ]);
    expect(problems({ theme: 'dark' })).toEqual([
      '  theme: unknown field — expected one of title, description, author, url, language, timeZone, postsPerPage, feedLimit, relatedPosts, outdatedAfterDays, reward, nav, editLink, license, beian, analytics, comments',
    ]);
  });

  it('takes the filings of a site hosted in mainland China, and refuses a number the registers would not have', () => {
    const beian = { icp: '京ICP备2023012345号-1', police: '京公网安备 11010502030143号' };
    expect(defineSiteConfig({ ...config, beian }).beian).toEqual(beian);
    expect(defineSiteConfig({ ...config, beian: { icp: ' 粤ICP备05070908号 ' } }).beian).toEqual({
      icp: '粤ICP备05070908号',
    });
    expect(() =>
      defineSiteConfig({ ...config, beian: { icp: 'ICP备2023012345号', police: '京公网安备110105号' } }),
    ).toThrow(
      [
        '2 problems in src/site.config.ts; nothing was built:',
        '  beian.icp: expected a filing number such as 京ICP备2023012345号-1, found "ICP备2023012345号" — copy it as the register shows it',
        '  beian.police: expected a filing number such as 京公网安备11010502030143号, found "京公网安备110105号" — copy it as the register shows it',
      ].join('\n'),
    );
  });

  it('takes the codes readers may tip the author by, each a name and a picture of the site or from an https:// address', () => {
    const reward = {
      codes: [
        { name: '微信', image: '/reward/wechat.png' },
        { name: 'Ko-fi', image: 'https://example.com/k.png' },
      ],
    };
    expect(defineSiteConfig({ ...config, reward }).reward).toEqual(reward);
    expect(() => defineSiteConfig({ ...config, reward: { codes: [] } })).toThrow(
      "  reward.codes: expected at least one code, found none — add { name: '微信', image: '/reward/wechat.png' }",
    );
    expect(() => defineSiteConfig({ ...config, reward: { codes: [{ name: '支付宝', image: 'alipay.png' }] } })).toThrow(
      '  reward.codes.0.image: expected a path from the site root or an https:// address',
    );
  });

  it("takes each analytics service's ids, and refuses ones the service would not give", () => {
    const analytics = {
      umami: { src: 'https://cloud.umami.is/script.js', websiteId: '94db1cb1-74f4-4a40-ad6c-962362670409' },
      google: { measurementId: 'G-ABC123DEF4' },
      baidu: { id: '0123456789abcdef0123456789abcdef' },
      plausible: { src: 'https://plausible.io/js/pa-gYyxvZhkMzdzXBAtSeSNz.js' },
      '51la': { id: '3Q0xhijgV7mWFe4G' },
      cloudflare: { token: 'fedcba9876543210fedcba9876543210' },
    };
    expect(defineSiteConfig({ ...config, analytics }).analytics).toEqual(analytics);
    // Plausible's own script on a server of the site's own, told the site's domain.
    const selfHosted = { src: 'https://stats.example.com/js/script.js', domain: 'blog.example.com' };
    expect(defineSiteConfig({ ...config, analytics: { plausible: selfHosted } }).analytics).toEqual({
      plausible: selfHosted,
    });
    const wrong = {
      umami: { src: 'http://cloud.umami.is/script.js', websiteId: '94db1cb1' },
      google: { measurementId: 'UA-12345-1' },
      baidu: { id: 'hm.js?0123' },
      plausible: { src: 'https://plausible.io/js/script.js' },
      '51la': { id: '3Q0xhijgV7mWFe4G', ck: 'LA.init' },
      cloudflare: { token: '{"token": "x"}' },
    };
    expect(() => defineSiteConfig({ ...config, analytics: wrong })).toThrow(
      [
        '7 problems in src/site.config.ts; nothing was built:',
        "  analytics.umami.src: expected the address of Umami's script, e.g. https://cloud.umami.is/script.js",
        "  analytics.umami.websiteId: expected the website's id Umami gives, e.g. 94db1cb1-74f4-4a40-ad6c-962362670409",
        '  analytics.google.measurementId: expected a measurement id such as G-ABC123DEF4',
        '  analytics.baidu.id: expected the 32 characters after hm.js? in the code Baidu Tongji gives',
        "  analytics.plausible.domain: expected the domain the site has in Plausible, which https://plausible.io/js/script.js needs — write domain: 'blog.example.com', or src: the pa-….js address Plausible gives",
        '  analytics.51la.ck: expected the 16 letters and digits of ck in the code 51.la gives',
        "  analytics.cloudflare.token: expected the 32 characters of the token in Cloudflare's snippet",
      ].join('\n'),
    );
    const plausible = { src: 'https://plausible.io/js/pa-gYyxvZhkMzdzXBAtSeSNz.js', domain: 'blog.example.com' };
    expect(() => defineSiteConfig({ ...config, analytics: { plausible } })).toThrow(
      [
        '1 problem in src/site.config.ts; nothing was built:',
        '  analytics.plausible.domain: expected no domain with https://plausible.io/js/pa-gYyxvZhkMzdzXBAtSeSNz.js, which knows its site, found "blog.example.com" — remove domain',
      ].join('\n'),
    );
  });

  it("takes giscus' values for comments, with its defaults", () => {
    expect(SiteConfigSchema.parse({ ...config, comments: { giscus } }).comments).toEqual({
      giscus: { ...giscus, mapping: 'pathname', reactions: true, inputPosition: 'bottom' },
    });
    expect(SiteConfigSchema.parse(config).comments).toBeUndefined();
  });

  it("takes Waline's server for comments, with no emoji, reactions, required fields or counts of reads by default", () => {
    expect(
      SiteConfigSchema.parse({ ...config, comments: { waline: { serverURL: 'https://c.example.com' } } }),
    ).toMatchObject({
      comments: {
        waline: {
          serverURL: 'https://c.example.com',
          login: 'enable',
          requiredMeta: [],
          emoji: [],
          reaction: [],
          pageview: false,
        },
      },
    });
  });

  it('refuses comments by both services, or by neither, a server that is not a web address, and emoji from elsewhere', () => {
    const messages = (comments: unknown) =>
      SiteConfigSchema.safeParse({ ...config, comments }).error?.issues.map(
        (issue) => `${issue.path.join('.')}: ${issue.message}`,
      );
    const waline = { serverURL: 'https://c.example.com' };
    expect(messages({ giscus, waline })).toEqual([
      'comments: expected one service, giscus, waline or twikoo — keep the one whose comments the site shows',
    ]);
    expect(messages({})).toEqual([
      'comments: expected one service, giscus, waline or twikoo — keep the one whose comments the site shows',
    ]);
    expect(messages({ waline: { serverURL: 'c.example.com' } })).toEqual([
      'comments.waline.serverURL: expected the address of the Waline server, e.g. https://comments.example.com',
    ]);
    expect(messages({ waline: { serverURL: 'ftp://c.example.com' } })).toEqual([
      'comments.waline.serverURL: expected the address of the Waline server, e.g. https://comments.example.com',
    ]);
    expect(messages({ waline: { ...waline, emoji: ['emojis/weibo/', '//unpkg.com/@waline/emojis/qq'] } })).toEqual([
      'comments.waline.emoji.0: expected a path from the site root or an https:// address',
      'comments.waline.emoji.1: expected a path from the site root or an https:// address',
    ]);
  });

  it('refuses a repository that is not owner/name', () => {
    const result = SiteConfigSchema.safeParse({ ...config, comments: { giscus: { ...giscus, repo: 'blog' } } });
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'comments.giscus.repo: expected a repository as owner/name, e.g. me/blog',
    ]);
  });
});

describe('the page schema', () => {
  const page = createPageSchema();

  it("takes a post's title and the fields a page has, comments off unless it says so", () => {
    expect(page.parse({ title: '关于' })).toEqual({ title: '关于', draft: false, comments: false });
    expect(page.parse({ title: '留言板', comments: true, lang: 'en' })).toMatchObject({ comments: true, lang: 'en' });
  });

  it("says what is wrong in a post's words, but how to have comments", () => {
    const issues = (data: unknown) =>
      page.safeParse(data).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(issues({ description: '没有标题' })).toEqual([
      'title: expected text, found nothing — add a line such as title: "My first post"',
    ]);
    expect(issues({ title: '留言板', comments: 'yes' })).toEqual([
      'comments: expected true or false, found "yes" — write comments: true to have them',
    ]);
  });
});
