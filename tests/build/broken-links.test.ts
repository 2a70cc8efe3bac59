import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureSite, projectRoot, type BuildResult, type FixtureSite } from '../../scripts/lib/fixture-site.ts';
import { post, reportedProblems } from './helpers.ts';

const files = {
  'content/blogs/gpt-and-deepseek.md': post('GPT和DeepSeek模型', '## GPT-1\n\nText.\n\n## DeepSeek\n\nText.'),
  'content/blogs/links.md': post(
    'Links',
    [
      '## 小节',
      '',
      'Fine: [a heading here](#小节), [a heading there](/blogs/gpt-and-deepseek/#gpt-1), [the home page](/).',
      '',
      'Broken: [no anchor here](#nope)',
      '',
      'and [no anchor there](/blogs/gpt-and-deepseek/#nope), [a typo](/blogs/gpt-and-deepseek/#deepsek),',
      '',
      // A Markdown file's path would be read as its post's page (`remarkMarkdownLinks`), which the content check checks.
      'and [a page of another tool](./other-post.html).',
      '',
      // A post's file without its extension, as VitePress writes links: its page (`postLinkUrl`), reported at this line.
      'and [an anchor by its file](./gpt-and-deepseek#gpt1).',
      '',
      '<p>In raw HTML: <a href="/blogs/gpt-and-deepseek/#raw-nope">no anchor</a></p>',
      '',
      // An old address of a draft, which this build leaves out with the draft: reported after the build, saying why.
      'And [an old address of a draft](/posts/old-draft/).',
    ].join('\n'),
  ),
  'content/blogs/draft.md': post('Draft', 'Text.', 'draft: true\naliases: [/posts/old-draft/]\n'),
  'content/blogs/mdx-links.mdx': post('MDX links', 'In MDX: <a href="/blogs/gpt-and-deepseek/#mdx-nope">no anchor</a>'),
};

/** A site whose last page throws while the others are already written. */
const crashing = {
  'content/blogs/fine.md': post('Fine', 'Text.'),
  'src/pages/zz-crash.astro': '---\nthrow new Error("this page cannot be rendered");\n---\n',
};

/** The same links, and one to a post the site does not have, which the check before the build finds. */
const imported = {
  ...files,
  'content/blogs/dead.md': post('Dead', 'See [a post not moved yet](/blogs/no-such-post/).'),
};

/** A site under `/blog/` whose imported posts write its path in their links, as a Hexo site under a path has them do. */
const underPath = {
  'src/site.config.ts': readFileSync(path.join(projectRoot, 'src/site.config.ts'), 'utf8').replace(
    "url: 'https://inkstone.example.com/'",
    "url: 'https://me.github.io/blog/'",
  ),
  'content/blogs/gpt-and-deepseek.md': files['content/blogs/gpt-and-deepseek.md'],
  'content/blogs/from-hexo.md': post(
    '从 Hexo 搬来',
    '见[第一篇](/blog/blogs/gpt-and-deepseek/#gpt-1)，[时间线](/blog/timeline/)。\n\n[没有的页](/blog/nope/)，[也没有](/nope/)，[没有的锚](/blogs/gpt-and-deepseek/#nope)。',
  ),
};

let site: FixtureSite;
let crashSite: FixtureSite;
let warnSite: FixtureSite;
let pathSite: FixtureSite;
let build: BuildResult;
let crash: BuildResult;
let warned: BuildResult;
let underPathBuild: BuildResult;

beforeAll(async () => {
  [site, crashSite, warnSite, pathSite] = await Promise.all([
    createFixtureSite({ files }),
    createFixtureSite({ files: crashing }),
    createFixtureSite({ files: imported }),
    createFixtureSite({ files: underPath }),
  ]);
  [build, crash, warned, underPathBuild] = await Promise.all([
    site.run(['build']),
    crashSite.run(['build']),
    warnSite.run(['build'], { INKSTONE_LINKS: 'warn' }),
    pathSite.run(['build']),
  ]);
});

afterAll(async () => {
  await Promise.all([site?.remove(), crashSite?.remove(), warnSite?.remove(), pathSite?.remove()]);
});

describe('a build whose pages link to pages or anchors that do not exist', () => {
  it('fails and removes the output, so the broken site cannot be deployed', () => {
    expect(build.code).not.toBe(0);
    expect(existsSync(site.outDir)).toBe(false);
  });

  it('lists each broken link with its file and line, and suggests a near anchor', () => {
    expect(build.output).toContain('8 problems in the built site; the output was removed so it cannot be deployed:');
    expect(reportedProblems(build.output)).toEqual([
      'content/blogs/links.md:11  link: #nope: expected a heading or element with id "nope" on /blogs/links/, found none — fix the anchor or remove it',
      'content/blogs/links.md:13  link: /blogs/gpt-and-deepseek/#deepsek: expected a heading or element with id "deepsek" on /blogs/gpt-and-deepseek/, found none — did you mean "#deepseek"?',
      'content/blogs/links.md:13  link: /blogs/gpt-and-deepseek/#nope: expected a heading or element with id "nope" on /blogs/gpt-and-deepseek/, found none — fix the anchor or remove it',
      'content/blogs/links.md:15  link: ./other-post.html: expected a page of this site at /blogs/links/other-post.html or a file at content/blogs/other-post.html, found neither — fix the URL or add the file',
      'content/blogs/links.md:17  link: /blogs/gpt-and-deepseek/#gpt1: expected a heading or element with id "gpt1" on /blogs/gpt-and-deepseek/, found none — did you mean "#gpt-1"?',
      'content/blogs/links.md:19  link: /blogs/gpt-and-deepseek/#raw-nope: expected a heading or element with id "raw-nope" on /blogs/gpt-and-deepseek/, found none — fix the anchor or remove it',
      'content/blogs/links.md:21  link: expected a page of this site at /posts/old-draft/, found none — fix the URL or remove the link (another name of content/blogs/draft.md, which is a draft or scheduled for later, so this build leaves it out)',
      'content/blogs/mdx-links.mdx:7  link: /blogs/gpt-and-deepseek/#mdx-nope: expected a heading or element with id "mdx-nope" on /blogs/gpt-and-deepseek/, found none — fix the anchor or remove it',
    ]);
  });
});

describe('a build of imported posts where broken links are warnings (INKSTONE_LINKS=warn)', () => {
  it('succeeds and warns of each broken link once, at its line', () => {
    expect(warned.code, warned.output.slice(-3000)).toBe(0);
    const warnings = warned.output
      .split('\n')
      .map((line) => /\[WARN\] \[inkstone:content-guard\] (content\/\S+ {2}link: .*)$/u.exec(line)?.[1])
      .filter((line) => line !== undefined);
    expect(warnings).toEqual([
      'content/blogs/dead.md:7  link: expected a page of this site at /blogs/no-such-post/, found none — fix the URL or remove the link',
      ...reportedProblems(build.output),
    ]);
  });
});

describe('a build that fails halfway', () => {
  it('leaves no partial site behind', () => {
    expect(crash.code).not.toBe(0);
    expect(crash.output).toContain('this page cannot be rendered');
    expect(existsSync(crashSite.outDir)).toBe(false);
  });
});

describe('a build under a path whose posts write the path in their links', () => {
  it("fails, saying to write each link from the site's root; a link that leads nowhere either way as before", () => {
    expect(underPathBuild.code).not.toBe(0);
    expect(reportedProblems(underPathBuild.output)).toEqual([
      "content/blogs/from-hexo.md:7  link: /blog/blogs/gpt-and-deepseek/#gpt-1: expected a URL from the site's root, found one that starts with the site's path /blog/ — write /blogs/gpt-and-deepseek/#gpt-1, which the build puts under /blog/",
      "content/blogs/from-hexo.md:7  link: /blog/timeline/: expected a URL from the site's root, found one that starts with the site's path /blog/ — write /timeline/, which the build puts under /blog/",
      'content/blogs/from-hexo.md:9  link: /blog/nope/: expected a page of this site at /blog/blog/nope/, found none — fix the URL or remove the link',
      'content/blogs/from-hexo.md:9  link: /blogs/gpt-and-deepseek/#nope: expected a heading or element with id "nope" on /blog/blogs/gpt-and-deepseek/, found none — fix the anchor or remove it',
      'content/blogs/from-hexo.md:9  link: /nope/: expected a page of this site at /blog/nope/, found none — fix the URL or remove the link',
    ]);
  });
});
