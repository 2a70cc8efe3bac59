import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureSite, type BuildResult, type FixtureSite } from '../../scripts/lib/fixture-site.ts';
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
    ].join('\n'),
  ),
};

/** A site whose last page throws while the others are already written. */
const crashing = {
  'content/blogs/fine.md': post('Fine', 'Text.'),
  'src/pages/zz-crash.astro': '---\nthrow new Error("this page cannot be rendered");\n---\n',
};

let site: FixtureSite;
let crashSite: FixtureSite;
let build: BuildResult;
let crash: BuildResult;

beforeAll(async () => {
  [site, crashSite] = await Promise.all([createFixtureSite({ files }), createFixtureSite({ files: crashing })]);
  [build, crash] = await Promise.all([site.run(['build']), crashSite.run(['build'])]);
});

afterAll(async () => {
  await Promise.all([site?.remove(), crashSite?.remove()]);
});

describe('a build whose pages link to pages or anchors that do not exist', () => {
  it('fails and removes the output, so the broken site cannot be deployed', () => {
    expect(build.code).not.toBe(0);
    expect(existsSync(site.outDir)).toBe(false);
  });

  it('lists each broken link with its file and line, and suggests a near anchor', () => {
    expect(build.output).toContain('4 problems in the built site; the output was removed so it cannot be deployed:');
    expect(reportedProblems(build.output)).toEqual([
      'content/blogs/links.md:11  link: #nope: expected a heading or element with id "nope" on /blogs/links/, found none — fix the anchor or remove it',
      'content/blogs/links.md:13  link: /blogs/gpt-and-deepseek/#deepsek: expected a heading or element with id "deepsek" on /blogs/gpt-and-deepseek/, found none — did you mean "#deepseek"?',
      'content/blogs/links.md:13  link: /blogs/gpt-and-deepseek/#nope: expected a heading or element with id "nope" on /blogs/gpt-and-deepseek/, found none — fix the anchor or remove it',
      'content/blogs/links.md:15  link: ./other-post.html: expected a page of this site at /blogs/links/other-post.html or a file at content/blogs/other-post.html, found neither — fix the URL or add the file',
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
