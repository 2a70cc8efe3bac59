/**
 * Invariants every production build must keep, checked over its output: each
 * published post exactly once on its category page, the home pages, the
 * timeline, the feeds (the site's and its category's, and no other category's),
 * the sitemap and the search index, an unlisted post in none of them; one post
 * page per published post, unlisted or not; every page valid HTML (html-validate, standard preset); no
 * broken internal link or anchor. A check whose output does not exist (no
 * feed yet, say) is listed as skipped rather than passed.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { HtmlValidate } from 'html-validate';
import { globSync } from 'tinyglobby';
import { visit } from 'unist-util-visit';
import { checkRef } from '../../src/lib/content-check/links.ts';
import { indexBuiltSite } from '../../src/lib/content-check/site-links.ts';
import { categoryPath, postPath, tagPath } from '../../src/lib/slugs.ts';
import { site } from '../../src/site.config.ts';
import { basePath, fromBase, siteAddress } from '../../src/lib/urls.ts';

/** A post the build should have published. */
export interface ExpectedPost {
  slug: string;
  category: string;
  tags: readonly string[];
  /** Published at its address only (`unlisted`): in no list, feed, sitemap or search. */
  unlisted?: boolean;
}

export interface InvariantReport {
  /** One line per broken invariant; empty when all hold. */
  failures: string[];
  /** Checks not run because the build has no such output. */
  skipped: string[];
}

type Check = (dist: Dist, posts: readonly ExpectedPost[]) => Promise<string[] | 'skipped'> | string[] | 'skipped';

/** The built site, read lazily, served at `siteUrl` (under its path, if it has one). */
class Dist {
  readonly base: string;
  constructor(
    readonly dir: string,
    readonly siteUrl: string,
  ) {
    this.base = basePath(siteUrl);
  }
  /** A post's full address. */
  absolute(slug: string) {
    return siteAddress(postPath(slug), this.siteUrl);
  }
  has(file: string) {
    return existsSync(path.join(this.dir, file));
  }
  read(file: string) {
    return readFileSync(path.join(this.dir, file), 'utf8');
  }
  files(pattern: string) {
    return globSync(pattern, { cwd: this.dir, expandDirectories: false }).sort();
  }
  /** The links of an RSS feed's items. */
  rssLinks(file: string): string[] {
    return [...this.read(file).matchAll(/<item>[\s\S]*?<link>([^<]*)<\/link>/gu)].map((m) => m[1]!);
  }
  /** The `href`s of the links inside `<main>` of a page, from the site's root (without its base). */
  mainLinks(file: string): string[] {
    const hrefs: string[] = [];
    visit(fromHtml(this.read(file)) as Root, 'element', (node: Element) => {
      if (node.tagName !== 'main') return;
      visit(node, 'element', (a: Element) => {
        const href = a.tagName === 'a' && typeof a.properties.href === 'string' ? a.properties.href : undefined;
        if (href !== undefined) hrefs.push(fromBase(this.base, href) ?? href);
      });
    });
    return hrefs;
  }
}

/** Page file of a URL path: `/categories/人工智能/` → `categories/人工智能/index.html`. */
const pageFile = (urlPath: string) => `${decodeURIComponent(urlPath).replace(/^\//u, '')}index.html`;

/** `slug` appears `count` times among `hrefs`; a line saying otherwise. */
function once(where: string, slug: string, count: number): string[] {
  return count === 1 ? [] : [`${where}: ${postPath(slug)} appears ${count} times, expected once`];
}

function countIn(values: readonly string[], value: string) {
  return values.filter((v) => v === value).length;
}

const checks: Record<string, Check> = {
  'one post page per published post': (dist, posts) => {
    const built = dist.files('blogs/*/index.html').map((f) => f.split('/')[1]!);
    const expected = posts.map((p) => p.slug).sort();
    return JSON.stringify(built.sort()) === JSON.stringify(expected)
      ? []
      : [`post pages: built [${built.join(', ')}], expected [${expected.join(', ')}]`];
  },
  'each post once on its category page': (dist, posts) =>
    posts.flatMap((post) => {
      const file = pageFile(categoryPath(post.category));
      if (!dist.has(file)) return [`category page ${categoryPath(post.category)} missing for ${postPath(post.slug)}`];
      return once(
        `category page ${categoryPath(post.category)}`,
        post.slug,
        countIn(dist.mainLinks(file), postPath(post.slug)),
      );
    }),
  'each post once on the page of each of its tags': (dist, posts) =>
    posts.flatMap((post) =>
      [...new Set(post.tags.map(tagPath))].flatMap((url) => {
        if (!dist.has(pageFile(url))) return [`tag page ${url} missing for ${postPath(post.slug)}`];
        return once(`tag page ${url}`, post.slug, countIn(dist.mainLinks(pageFile(url)), postPath(post.slug)));
      }),
    ),
  'each post once on the home pages': (dist, posts) => {
    const links = ['index.html', ...dist.files('page/*/index.html')].flatMap((f) => dist.mainLinks(f));
    return posts.flatMap((post) => once('home pages', post.slug, countIn(links, postPath(post.slug))));
  },
  'each post once in the timeline': (dist, posts) => {
    if (!dist.has('timeline/index.html')) return 'skipped';
    const links = dist.mainLinks('timeline/index.html');
    return posts.flatMap((post) => once('timeline', post.slug, countIn(links, postPath(post.slug))));
  },
  'each post once in the RSS feed': (dist, posts) => {
    if (!dist.has('rss.xml')) return 'skipped';
    const links = dist.rssLinks('rss.xml');
    return posts.flatMap((post) => once('rss.xml', post.slug, countIn(links, dist.absolute(post.slug))));
  },
  "each post once in its category's RSS feed, and in no other category's": (dist, posts) => {
    const feeds = new Map(dist.files('categories/*/rss.xml').map((file) => [file, dist.rssLinks(file)]));
    return posts.flatMap((post) => {
      const own = `${pageFile(categoryPath(post.category)).replace(/index\.html$/u, '')}rss.xml`;
      if (!feeds.has(own)) return [`category feed ${own} missing for ${postPath(post.slug)}`];
      const strays = [...feeds].filter(([file, links]) => file !== own && links.includes(dist.absolute(post.slug)));
      return [
        ...once(own, post.slug, countIn(feeds.get(own)!, dist.absolute(post.slug))),
        ...strays.map(([file]) => `${file}: lists ${postPath(post.slug)}, of the category ${post.category}`),
      ];
    });
  },
  'each post once in the Atom feed': (dist, posts) => {
    if (!dist.has('atom.xml')) return 'skipped';
    const entries = [...dist.read('atom.xml').matchAll(/<entry>([\s\S]*?)<\/entry>/gu)];
    const links = entries.map((m) => /<link[^>]*\shref="([^"]*)"/u.exec(m[1]!)?.[1] ?? '');
    return posts.flatMap((post) => once('atom.xml', post.slug, countIn(links, dist.absolute(post.slug))));
  },
  'each post once in the sitemap': (dist, posts) => {
    const maps = dist.files('sitemap-*.xml').filter((f) => f !== 'sitemap-index.xml');
    if (maps.length === 0) return 'skipped';
    const locs = maps.flatMap((f) => [...dist.read(f).matchAll(/<loc>([^<]*)<\/loc>/gu)].map((m) => m[1]!));
    return posts.flatMap((post) => once('sitemap', post.slug, countIn(locs, dist.absolute(post.slug))));
  },
  'each post once in the search index': (dist, posts) => {
    const fragments = dist.files('pagefind/fragment/*.pf_fragment');
    if (fragments.length === 0) return 'skipped';
    const urls = fragments.map((f) => {
      const json = gunzipSync(readFileSync(path.join(dist.dir, f)))
        .toString('utf8')
        .replace(/^pagefind_dcd/u, '');
      return (JSON.parse(json) as { url: string }).url;
    });
    const published = posts.map((p) => postPath(p.slug));
    const strays = urls.filter((url) => url.startsWith('/blogs/') && !published.includes(url));
    return [
      ...posts.flatMap((post) => once('search index', post.slug, countIn(urls, postPath(post.slug)))),
      ...strays.map((url) => `search index: ${url} is indexed but not a published post`),
    ];
  },
  'no unlisted post in a list, feed, sitemap or search': (dist, posts) => {
    const hidden = posts.filter((post) => post.unlisted);
    const lists = [
      'index.html',
      'timeline/index.html',
      ...dist.files('page/*/index.html'),
      ...dist.files('{categories,tags,series,authors}/**/index.html'),
    ];
    const feeds = ['rss.xml', 'atom.xml', ...dist.files('{categories,tags,series}/*/rss.xml')].filter((f) =>
      dist.has(f),
    );
    // Each feed's items and the sitemap's pages, not every address in them (a listed post may link to an unlisted one).
    const items = (file: string) =>
      file === 'atom.xml'
        ? [...dist.read(file).matchAll(/<entry>([\s\S]*?)<\/entry>/gu)].map(
            (m) => /<link[^>]*\shref="([^"]*)"/u.exec(m[1]!)?.[1] ?? '',
          )
        : dist.rssLinks(file);
    const locs = dist
      .files('sitemap-*.xml')
      .filter((f) => f !== 'sitemap-index.xml')
      .flatMap((f) => [...dist.read(f).matchAll(/<loc>([^<]*)<\/loc>/gu)].map((m) => m[1]!));
    const search = dist
      .files('pagefind/fragment/*.pf_fragment')
      .map((f) => gunzipSync(readFileSync(path.join(dist.dir, f))).toString('utf8'));
    return hidden.flatMap((post) => [
      ...lists
        .filter((file) => dist.has(file) && dist.mainLinks(file).includes(postPath(post.slug)))
        .map((file) => `${file} lists ${postPath(post.slug)}`),
      ...feeds
        .filter((file) => items(file).includes(dist.absolute(post.slug)))
        .map((file) => `${file} has ${postPath(post.slug)}`),
      ...(locs.includes(dist.absolute(post.slug)) ? [`the sitemap has ${postPath(post.slug)}`] : []),
      ...(search.some((fragment) => fragment.includes(`"url":"${postPath(post.slug)}"`))
        ? [`the search index has ${postPath(post.slug)}`]
        : []),
    ]);
  },
  'every page is valid HTML': async (dist) => {
    const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
    const failures: string[] = [];
    for (const file of dist.files('**/*.html')) {
      const report = await validator.validateString(dist.read(file), file);
      for (const message of report.results.flatMap((r) => r.messages)) {
        failures.push(`${file}:${message.line}:${message.column}  ${message.ruleId}: ${message.message}`);
      }
    }
    return failures;
  },
  'no broken internal link or anchor': (dist) => {
    const { site: index, pages } = indexBuiltSite(dist.dir, undefined, dist.base);
    return [...pages].flatMap(([urlPath, page]) =>
      page.refs.flatMap((ref) => {
        const broken = checkRef(ref.url, ref.kind, urlPath, index);
        return broken ? [`${page.file}:${ref.line}  ${ref.kind}: ${broken.reason}`] : [];
      }),
    );
  },
};

/** Runs every invariant over the build in `dir`, of a site at `siteUrl` (the sample's by default). */
export async function checkInvariants(
  dir: string,
  posts: readonly ExpectedPost[],
  siteUrl = site.url,
): Promise<InvariantReport> {
  const dist = new Dist(dir, siteUrl);
  const report: InvariantReport = { failures: [], skipped: [] };
  // Every check is of the listed posts, but the ones of every published post's page and of the unlisted posts.
  const everyPost = new Set([
    'one post page per published post',
    'no unlisted post in a list, feed, sitemap or search',
  ]);
  const listed = posts.filter((post) => !post.unlisted);
  for (const [name, check] of Object.entries(checks)) {
    const result = await check(dist, everyPost.has(name) ? posts : listed);
    if (result === 'skipped') report.skipped.push(name);
    else report.failures.push(...result.map((line) => `${name}: ${line}`));
  }
  return report;
}
