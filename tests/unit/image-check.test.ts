import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkImages } from '../../src/lib/content-check/images.ts';

const root = mkdtempSync(path.join(tmpdir(), 'inkstone-image-check-'));
for (const file of [
  'content/blogs/images/gpt1.png',
  'content/img/fit.svg',
  'content/assets/image/github-light.svg',
  'content/favicon.ico',
  'content/a/same.png',
  'content/b/same.png',
  'content/social.png',
  'assets/photo.jpg',
  'public/favicon.svg',
  'public/social.png',
]) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), '');
}
afterAll(() => rmSync(root, { recursive: true, force: true }));

const postFile = path.join(root, 'content/blogs/post.md');
const options = { contentRoot: path.join(root, 'content'), projectRoot: root };
/** The messages for these image URLs, each on line 3. */
const messagesFor = (...urls: string[]) =>
  checkImages(
    'content/blogs/post.md',
    postFile,
    urls.map((url) => ({ url, line: 3 })),
    options,
  ).map((problem) => problem.message);

describe('checkImages', () => {
  it('accepts images wherever the site serves them from', () => {
    expect(
      messagesFor(
        '/blogs/images/gpt1.png',
        './images/gpt1.png',
        '../img/fit.svg',
        '/assets/image/github-light.svg#dark',
        '/favicon.ico',
        '/favicon.svg',
        '../../assets/photo.jpg',
        'https://example.com/remote.png',
      ),
    ).toEqual([]);
  });

  it('names both places a missing root-relative image was looked for', () => {
    expect(messagesFor('/posts/attachments/mountains.png')).toEqual([
      '/posts/attachments/mountains.png not found (looked for content/posts/attachments/mountains.png or public/posts/attachments/mountains.png) — fix the path or add the file',
    ]);
  });

  it('finds a bare file name in the content root when one file has it, and names them all when several do', () => {
    expect(messagesFor('fit.svg')).toEqual([]);
    expect(messagesFor('same.png')).toEqual([
      'same.png not found (looked for content/blogs/same.png; files of that name: content/a/same.png, content/b/same.png) — write the path of the one meant',
    ]);
  });

  it('names the file a missing relative image was looked for, from the post folder', () => {
    expect(messagesFor('./images/nope.png')).toEqual([
      './images/nope.png not found (looked for content/blogs/images/nope.png) — fix the path or add the file',
    ]);
  });

  it('refuses an image outside the project', () => {
    expect(messagesFor('../../../elsewhere/x.png')).toEqual([
      `../../../elsewhere/x.png leads to ../elsewhere/x.png, outside the project — move the image into the project and fix the path`,
    ]);
  });

  it('reports a content image that a file of public/ would shadow at the same URL', () => {
    expect(messagesFor('../social.png')).toEqual([
      '../social.png is served at /social.png, as public/social.png is too — rename or move one of them',
    ]);
  });

  it('reports the line and field of each problem', () => {
    const problems = checkImages(
      'content/blogs/post.md',
      postFile,
      [{ url: 'x.png', line: 7, field: 'cover' }],
      options,
    );
    expect(problems).toEqual([
      {
        file: 'content/blogs/post.md',
        line: 7,
        field: 'cover',
        message: 'x.png not found (looked for content/blogs/x.png) — fix the path or add the file',
        severity: 'error',
      },
    ]);
  });
});
