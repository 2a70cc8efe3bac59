/**
 * `npm run test:corpus`: builds the real-world corpus (`../shared/corpus/realworld/`,
 * 45 posts from Hexo, Hugo, VitePress, VuePress, Docusaurus, Fuwari and Astro
 * sites) in a throwaway copy of the site, images placed per `placement.json`.
 *
 * 1. The raw corpus must fail with exactly its known problems, reported together.
 * 2. With the fixes an author would make, it must build; every post but the
 *    known-broken one must be reachable, and images the image service cannot
 *    transform (APNG, ICO, SVG, GIF) must be served byte for byte as they are.
 *
 * Links to pages of the sites the posts came from are printed as warnings
 * (`INKSTONE_LINKS=warn`); drafts and future posts are included so every post
 * can be reached. `INKSTONE_CORPUS` points at another copy of the corpus.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createFixtureSite, projectRoot } from './lib/fixture-site.ts';
import { checkContent } from '../src/lib/content-check/index.ts';
import { postPath } from '../src/lib/slugs.ts';
import { isRemoteUrl } from '../src/lib/urls.ts';
import { site as siteConfig } from '../src/site.config.ts';

const corpus = path.resolve(process.env.INKSTONE_CORPUS ?? path.join(projectRoot, '../shared/corpus/realworld'));
const env = { INKSTONE_LINKS: 'warn', INKSTONE_DRAFTS: '1', INKSTONE_FUTURE: '1' };
const AS_IS = /\.(apng|ico|svg|gif)$/iu;

/** Problems the raw corpus has, by file and field, with the fix an author would make. */
const KNOWN = [
  { file: 'content/blogs/Markdown Example.md', field: 'image', why: 'its image is missing upstream; left out' },
  {
    file: 'content/blogs/firefly-markdown-extended.md',
    field: 'slug',
    why: 'Firefly copied Fuwari’s post with its slug; given its own slug',
  },
  { file: 'content/blogs/markdown-extended.md', field: 'slug', why: 'the other half of that collision' },
  {
    file: 'content/blogs/formatting-reference.md',
    field: 'category',
    why: 'written "markdown" where six posts write "Markdown"; written the same way',
  },
  {
    file: 'content/blogs/vitepress-markdown.en.md',
    field: 'category',
    why: 'written "Documentation" where three posts write "documentation"; written the same way',
  },
];

interface Placement {
  copies: { from: string; to: string }[];
}

const failures: string[] = [];
const fail = (message: string) => failures.push(message);

const posts = readdirSync(corpus).filter((name) => name.endsWith('.md') && name !== 'SOURCES.md');
const placement = JSON.parse(readFileSync(path.join(corpus, 'placement.json'), 'utf8')) as Placement;
const files: Record<string, Uint8Array> = {};
for (const name of posts) files[`content/blogs/${name}`] = readFileSync(path.join(corpus, name));
for (const { from, to } of placement.copies) files[to] = readFileSync(path.join(corpus, from));

const site = await createFixtureSite({ files });
console.log(`corpus: ${posts.length} posts and ${placement.copies.length} images in ${site.root}`);

// 1. The raw corpus: exactly the known problems, all in one report.
const raw = await site.run(['build'], env);
const reported = [...raw.output.matchAll(/^ {2}(content\/blogs\/[^:]+):\d+ {2}(\w+):/gmu)].map(
  (m) => `${m[1]} ${m[2]}`,
);
const expected = KNOWN.map((k) => `${k.file} ${k.field}`);
if (raw.code === 0) fail('the raw corpus built, but it has known problems that must stop the build');
for (const line of expected) if (!reported.includes(line)) fail(`the raw build did not report ${line}`);
for (const line of reported)
  if (!expected.includes(line)) fail(`the raw build reported an unexpected problem: ${line}`);

// 2. The author's fixes, then a build that must pass.
/** A post of the corpus as text, its frontmatter line `from` changed to `to`. */
const edited = (name: string, from: RegExp, to: string) =>
  Buffer.from(files[`content/blogs/${name}`]!).toString('utf8').replace(from, to);
await site.write({
  'content/blogs/firefly-markdown-extended.md': edited(
    'firefly-markdown-extended.md',
    /^slug: markdown-extended$/mu,
    'slug: firefly-markdown-extended',
  ),
  'content/blogs/formatting-reference.md': edited(
    'formatting-reference.md',
    /^category: markdown$/mu,
    'category: Markdown',
  ),
  'content/blogs/vitepress-markdown.en.md': edited(
    'vitepress-markdown.en.md',
    /^category: Documentation$/mu,
    'category: documentation',
  ),
});
await import('node:fs/promises').then((fs) => fs.rm(path.join(site.root, 'content/blogs/Markdown Example.md')));
const build = await site.run(['build'], env);
/** The content guard's warnings, counted by field: `link` (pages of the sites the posts came from), `image`… */
const warnings = new Map<string, number>();
for (const line of build.output.split('\n')) {
  const field = /\[WARN\] \[inkstone:content-guard\] \S+:\d+ {2}(\w+):/u.exec(line)?.[1];
  if (field) warnings.set(field, (warnings.get(field) ?? 0) + 1);
}
if (build.code !== 0) fail(`the fixed corpus did not build:\n${build.output.slice(-4000)}`);
const counted = [...warnings].map(([field, count]) => `${count} ${field}`).join(', ');
console.log(`corpus: built in ${Math.round(build.ms / 1000)} s, warnings: ${counted || 'none'}`);

let reachable = 0;
if (build.code === 0) {
  const report = checkContent({
    root: site.root,
    contentDir: path.join(site.root, 'content/blogs'),
    timeZone: siteConfig.timeZone,
    publishing: { now: new Date(), drafts: true, future: true },
  });
  const valid = new Set(report.posts.map((p) => path.basename(p.file)));
  for (const name of posts.filter((n) => n !== 'Markdown Example.md')) {
    if (!valid.has(name)) fail(`${name}: not a valid post after the fixes`);
  }
  for (const post of report.posts) {
    const page = path.join(site.outDir, decodeURIComponent(postPath(post.slug)), 'index.html');
    if (!existsSync(page)) {
      fail(`${post.file}: no page at ${postPath(post.slug)}`);
      continue;
    }
    const html = readFileSync(page, 'utf8');
    // Remote images stay remote (no download at build time): nothing of theirs is in the build.
    const local = post.markdown.images.filter((i) => !isRemoteUrl(i.url));
    for (const image of local.filter((i) => AS_IS.test(i.url.replace(/[?#].*$/u, '')))) {
      checkServedAsIs(post.file, image.url, html);
    }
  }
  reachable = report.posts.length;
  console.log(`corpus: ${reachable} posts reachable`);
}

/** The page shows an `<img>` for this source image whose file in the build has the source's bytes. */
function checkServedAsIs(file: string, url: string, html: string) {
  const name = decodeURIComponent(path.basename(url.replace(/[?#].*$/u, '')));
  const sources = [...html.matchAll(/<img\b[^>]*\bsrc="([^"]+)"/gu)].map((m) => m[1]!.replace(/&amp;/gu, '&'));
  const src = sources.find((s) => decodeURIComponent(path.basename(s.replace(/[?#].*$/u, ''))) === name);
  if (!src) return fail(`${file}: no <img> for ${url} on its page`);
  const built = path.join(site.outDir, decodeURIComponent(src.replace(/[?#].*$/u, '')));
  const original = Object.entries(files).find(([to]) => path.basename(to) === name)?.[1];
  if (!existsSync(built)) return fail(`${file}: ${url} is shown as ${src}, which the build does not have`);
  if (original && !readFileSync(built).equals(Buffer.from(original))) fail(`${file}: ${src} is not the original file`);
}

if (failures.length > 0) {
  console.error(`corpus: ${failures.length} failures (site kept at ${site.root}):\n  ${failures.join('\n  ')}`);
  console.error(`corpus: ${reachable} passed, ${failures.length} failed`);
  process.exit(1);
}
await site.remove();
// The closing line in the plain form CI reads: every reachable post is one passed check.
console.log(`corpus: ${reachable} passed, 0 failed`);
