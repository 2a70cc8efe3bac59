import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  contentFileUrl,
  isAttachment,
  mayNamePostFile,
  postLinkUrl,
  RAW_IMG_SRC,
  RAW_IMG_TAG,
  resolveFileUrl,
  servedFileAt,
} from '../../src/lib/file-urls';
import { isLinkedPlace, linkedFilesChanged } from '../../src/lib/linked-files';
import { projectPath } from '../../src/lib/project-path';

/** A project with images in the places other tools put them. */
const outside = mkdtempSync(path.join(tmpdir(), 'inkstone-outside-'));
const root = mkdtempSync(path.join(tmpdir(), 'inkstone-images-'));
const at = (relative: string) => path.join(root, relative);
for (const file of [
  'content/blogs/images/gpt1.png',
  'content/blogs/images/图 1.png',
  'content/blogs/notes/images/x.png',
  // Hexo's asset folder of `notes/post.md`, and an image both beside the post and in it.
  'content/blogs/notes/post/diagram.png',
  'content/blogs/notes/post/shots/a.png',
  'content/blogs/notes/both.png',
  'content/blogs/notes/post/both.png',
  'content/img/fit.svg',
  // Obsidian's attachments, found by name: one file of its name, and a name two files have.
  'content/attachments/Pasted image 1.png',
  'content/a/same.png',
  'content/b/same.png',
  'content/favicon.ico',
  // Linked from `notes/post.md`: a file, and posts by their files' paths without the extension.
  'content/blogs/notes/files/slides.pdf',
  'content/blogs/notes/other.md',
  'content/blogs/notes/guide/index.mdx',
  'assets/photo.jpg',
  'public/social.png',
  'public/logo.svg',
]) {
  mkdirSync(path.dirname(at(file)), { recursive: true });
  writeFileSync(at(file), '');
}
writeFileSync(path.join(outside, 'secret.png'), '');
symlinkSync(outside, at('linked'), 'dir');
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const folders = { contentRoot: at('content'), projectRoot: root };
const options = { ...folders, postFile: at('content/blogs/notes/post.md') };
const resolve = (url: string) => resolveFileUrl(url, options);

describe('resolveFileUrl', () => {
  it('resolves a root-relative URL into the content root, as the seed writes /blogs/images/…', () => {
    expect(resolve('/blogs/images/gpt1.png')).toEqual({
      kind: 'local',
      file: at('content/blogs/images/gpt1.png'),
      url: '/blogs/images/gpt1.png',
    });
    expect(resolve('/favicon.ico')).toEqual({ kind: 'local', file: at('content/favicon.ico'), url: '/favicon.ico' });
  });

  it('falls back to public/ for a root-relative URL, left as written', () => {
    expect(resolve('/social.png?v=2')).toEqual({
      kind: 'public',
      file: at('public/social.png'),
      url: '/social.png?v=2',
    });
  });

  it('resolves relative URLs from the folder of the post, served at their clean URL', () => {
    expect(resolve('./images/x.png')).toEqual({
      kind: 'local',
      file: at('content/blogs/notes/images/x.png'),
      url: '/blogs/notes/images/x.png',
    });
    expect(resolve('images/x.png')).toMatchObject({ kind: 'local', file: at('content/blogs/notes/images/x.png') });
    expect(resolve('../../img/fit.svg')).toEqual({
      kind: 'local',
      file: at('content/img/fit.svg'),
      url: '/img/fit.svg',
    });
  });

  it('serves a file outside the content root at its path in the project', () => {
    expect(resolve('../../../assets/photo.jpg')).toEqual({
      kind: 'local',
      file: at('assets/photo.jpg'),
      url: '/assets/photo.jpg',
    });
    expect(resolve('../../../public/logo.svg')).toEqual({
      kind: 'public',
      file: at('public/logo.svg'),
      url: '/logo.svg',
    });
  });

  it('ignores the query and hash when finding the file and keeps them on the URL', () => {
    expect(resolve('/blogs/images/%E5%9B%BE%201.png?v=2#dark')).toEqual({
      kind: 'local',
      file: at('content/blogs/images/图 1.png'),
      url: '/blogs/images/%E5%9B%BE%201.png?v=2#dark',
    });
    expect(resolve('../../img/fit.svg#dark')).toMatchObject({ kind: 'local', url: '/img/fit.svg#dark' });
  });

  it('says where it looked for a missing file, and the root-relative URL the page would show', () => {
    expect(resolve('/img/nope.png')).toEqual({
      kind: 'missing',
      lookedFor: [at('content/img/nope.png'), at('public/img/nope.png')],
      url: '/img/nope.png',
    });
    // A post without a folder named after it (see below).
    expect(resolveFileUrl('./gone.png', { ...folders, postFile: at('content/blogs/notes/other.md') })).toEqual({
      kind: 'missing',
      lookedFor: [at('content/blogs/notes/gone.png')],
      url: '/blogs/notes/gone.png',
    });
  });

  it("finds a relative URL's file in the folder named after the post, where Hexo keeps a post's images", () => {
    expect(resolve('diagram.png')).toEqual({
      kind: 'local',
      file: at('content/blogs/notes/post/diagram.png'),
      url: '/blogs/notes/post/diagram.png',
    });
    expect(resolve('./shots/a.png#x')).toMatchObject({ kind: 'local', url: '/blogs/notes/post/shots/a.png#x' });
    // Beside the post first; and never by climbing out.
    expect(resolve('both.png')).toMatchObject({ kind: 'local', file: at('content/blogs/notes/both.png') });
    expect(resolve('../notes/diagram.png')).toMatchObject({ kind: 'missing' });
    // A missing file is looked for in both places, as the post has such a folder.
    expect(resolve('./nope.png')).toEqual({
      kind: 'missing',
      lookedFor: [at('content/blogs/notes/nope.png'), at('content/blogs/notes/post/nope.png')],
      url: '/blogs/notes/nope.png',
    });
  });

  it('finds a bare file name anywhere in the content root, as Obsidian finds attachments, when one file has it', () => {
    expect(resolve('Pasted image 1.png')).toEqual({
      kind: 'local',
      file: at('content/attachments/Pasted image 1.png'),
      url: '/attachments/Pasted%20image%201.png',
    });
    expect(resolve('Pasted%20image%201.png#x')).toMatchObject({
      kind: 'local',
      url: '/attachments/Pasted%20image%201.png#x',
    });
    expect(resolve('same.png')).toEqual({
      kind: 'missing',
      lookedFor: [at('content/blogs/notes/same.png'), at('content/blogs/notes/post/same.png')],
      url: '/blogs/notes/same.png',
      named: [at('content/a/same.png'), at('content/b/same.png')],
    });
    // A path says where the file is: it is not looked for elsewhere.
    expect(resolve('./Pasted image 1.png')).toMatchObject({ kind: 'missing' });
    expect(resolve('shots/Pasted image 1.png')).toMatchObject({ kind: 'missing' });
    // A folder of that name is not a file of it: `attachments` does not name the one file inside `attachments/`.
    expect(resolve('attachments')).toMatchObject({ kind: 'missing' });
  });

  it('never leaves the project, by a relative path or a symbolic link', () => {
    expect(resolve('../../../../x.png')).toEqual({ kind: 'outside', file: path.join(path.dirname(root), 'x.png') });
    expect(resolve('../../../linked/secret.png')).toEqual({ kind: 'outside', file: at('linked/secret.png') });
    expect(resolve('/../../img/fit.svg')).toMatchObject({ kind: 'local', file: at('content/img/fit.svg') });
  });

  it('leaves remote and data URLs alone', () => {
    for (const url of [
      'https://example.com/a.png',
      'http://x.org/b.jpg',
      '//cdn.example.com/c.png',
      'data:image/png;',
    ]) {
      expect(resolve(url)).toEqual({ kind: 'remote', url });
    }
  });
});

describe('contentFileUrl', () => {
  it('serves content files from the site root, never through the post folder', () => {
    expect(contentFileUrl(at('content/blogs/images/图 1.png'), folders)).toBe('/blogs/images/%E5%9B%BE%201.png');
    expect(contentFileUrl(at('content/blogs/../img/fit.svg'), folders)).toBe('/img/fit.svg');
  });

  it('serves public files at their URL and other project files at their path in the project', () => {
    expect(contentFileUrl(at('public/logo.svg'), folders)).toBe('/logo.svg');
    expect(contentFileUrl(at('assets/photo.jpg'), folders)).toBe('/assets/photo.jpg');
  });

  it('serves the files of a public folder inside the content root at its root', () => {
    const nested = { ...folders, publicDir: at('content/static') };
    expect(contentFileUrl(at('content/static/logo.svg'), nested)).toBe('/logo.svg');
    expect(contentFileUrl(at('content/img/fit.svg'), nested)).toBe('/img/fit.svg');
  });
});

describe('isAttachment', () => {
  it('serves files of the content root that posts link to', () => {
    for (const file of ['content/blogs/files/slides.pdf', 'content/blogs/notes/post/demo.zip', 'content/data.csv']) {
      expect(isAttachment(at(file), folders), file).toBe(true);
    }
  });

  it("never serves posts' sources, hidden files, public files or files outside the content root", () => {
    for (const file of [
      'content/blogs/notes/post.md',
      'content/blogs/mdx-post.MDX',
      'content/.env',
      'content/blogs/.obsidian/workspace.json',
      'package.json',
      'assets/photo.jpg',
    ]) {
      expect(isAttachment(at(file), folders), file).toBe(false);
    }
    expect(isAttachment(at('content/static/a.pdf'), { ...folders, publicDir: at('content/static') })).toBe(false);
  });
});

describe('mayNamePostFile', () => {
  it("is true for a relative path without an extension, not a page's, a folder's or a file's with one", () => {
    expect(['./getting-started#安装', 'guide', '../notes/Other Post?x=1'].every(mayNamePostFile)).toBe(true);
    expect(
      ['../other/', '..', '.', './files/slides.pdf', '/blogs/a', '#用法', 'https://x.org/a'].some(mayNamePostFile),
    ).toBe(false);
  });
});

describe('postLinkUrl', () => {
  /** `postLinkUrl` from `postFile` (notes/post.md), with the places it looked at, relative to the project. */
  const linkOf = (url: string, postFile = options.postFile) => {
    const looked: [string, boolean][] = [];
    const record = (place: string, found: boolean) => void looked.push([projectPath(root, place), found]);
    return { url: postLinkUrl(url, { ...folders, postFile, looked: record }), looked };
  };

  it("leads a link to a file the site serves to the file's URL, and records where it was looked for", () => {
    expect(linkOf('files/slides.pdf#page=2')).toEqual({
      url: '/blogs/notes/files/slides.pdf#page=2',
      looked: [['content/blogs/notes/files/slides.pdf', true]],
    });
    expect(linkOf('/social.png')).toEqual({ url: '/social.png', looked: [] });
  });

  it("leads a post's file without its extension to the post's page, and records each file looked for", () => {
    expect(linkOf('./other#用法')).toEqual({
      url: '/blogs/other/#用法',
      looked: [
        ['content/blogs/notes/other', false],
        ['content/blogs/notes/post/other', false],
        ['content/blogs/notes/other.md', true],
      ],
    });
    expect(linkOf('guide').url).toBe('/blogs/guide/');
  });

  it('records a bare name looked for in the whole content root, and the folder named after the post if not there', () => {
    expect(linkOf('Pasted image 1.png')).toEqual({
      url: '/attachments/Pasted%20image%201.png',
      looked: [
        ['content/blogs/notes/Pasted image 1.png', false],
        ['content/blogs/notes/post/Pasted image 1.png', false],
        ['content/**/Pasted image 1.png', true],
      ],
    });
    // `content/blogs/a/` does not exist: a file there is not linked, but its place is recorded, to see it added.
    expect(linkOf('讲义.pdf', at('content/blogs/a.md')).looked.slice(0, 3)).toEqual([
      ['content/blogs/讲义.pdf', false],
      ['content/blogs/a/讲义.pdf', false],
      ['content/**/讲义.pdf', false],
    ]);
  });

  it('leaves other links as written: pages, folders, missing files, files the site does not serve', () => {
    for (const url of ['../other/', '..', './nope.pdf', './nope', 'other.md', '#用法', 'https://example.com/a.pdf']) {
      expect(postLinkUrl(url, options), url).toBe(url);
    }
    // A post's own source is not served as a file.
    expect(postLinkUrl('./post.md', options)).toBe('./post.md');
  });
});

describe('linkedFilesChanged', () => {
  it('tells when a file looked for has appeared or gone since', () => {
    expect(linkedFilesChanged(root, { 'content/img/fit.svg': true, 'content/nope.pdf': false })).toBe(false);
    expect(linkedFilesChanged(root, { 'content/img/fit.svg': false })).toBe(true);
    expect(linkedFilesChanged(root, { 'content/nope.pdf': true })).toBe(true);
    // A folder is not a file to link to.
    expect(linkedFilesChanged(root, { 'content/img': false })).toBe(false);
    expect(linkedFilesChanged(root, undefined)).toBe(false);
  });

  it('tells when a name looked for in the whole content root has come to name one file, or no longer does', () => {
    expect(linkedFilesChanged(root, { 'content/**/Pasted image 1.png': true })).toBe(false);
    expect(linkedFilesChanged(root, { 'content/**/Pasted image 1.png': false })).toBe(true);
    // Two files have the name: the link stays as written, as it was with none.
    expect(linkedFilesChanged(root, { 'content/**/same.png': false, 'content/**/nope.pdf': false })).toBe(false);
    expect(linkedFilesChanged(root, { 'content/**/same.png': true })).toBe(true);
  });
});

describe('isLinkedPlace', () => {
  it('matches a file looked for, or a file of a name looked for anywhere in the folder', () => {
    const linked = { 'content/blogs/files/slides.pdf': false, 'content/**/讲义.pdf': false };
    expect(isLinkedPlace(linked, 'content/blogs/files/slides.pdf')).toBe(true);
    expect(isLinkedPlace(linked, 'content/attachments/讲义.pdf')).toBe(true);
    expect(isLinkedPlace(linked, 'content/讲义.pdf')).toBe(true);
    expect(isLinkedPlace(linked, 'content/attachments/旧讲义.pdf')).toBe(false);
    expect(isLinkedPlace(linked, 'public/讲义.pdf')).toBe(false);
  });
});

describe('servedFileAt', () => {
  it('finds the file behind a clean URL, in the content root first', () => {
    expect(servedFileAt('/blogs/images/%E5%9B%BE%201.png', folders)).toBe(at('content/blogs/images/图 1.png'));
    expect(servedFileAt('/img/fit.svg#dark', folders)).toBe(at('content/img/fit.svg'));
    expect(servedFileAt('/assets/photo.jpg', folders)).toBe(at('assets/photo.jpg'));
  });

  it('finds nothing for public files, URLs that are not clean, missing files or files outside the project', () => {
    for (const url of ['/logo.svg', '/public/logo.svg', '/content/img/fit.svg', '/nope.png', '/linked/secret.png']) {
      expect(servedFileAt(url, folders), url).toBeUndefined();
    }
  });
});

describe('RAW_IMG_SRC and RAW_IMG_TAG', () => {
  const html = `<img title="a > b" src='/a.png'><IMG data-src="/lazy.png" src="/b.png" alt="图"><img alt="x src='no'" src="/c.png">`;

  it("find each <img>'s src, past quoted values holding > or src=, and not data-src", () => {
    expect([...html.matchAll(RAW_IMG_SRC)].map((match) => match[1] ?? match[2])).toEqual([
      '/a.png',
      '/b.png',
      '/c.png',
    ]);
  });

  it('find each whole <img> start tag', () => {
    expect([...html.matchAll(RAW_IMG_TAG)].map(([tag]) => tag)).toEqual([
      `<img title="a > b" src='/a.png'>`,
      `<IMG data-src="/lazy.png" src="/b.png" alt="图">`,
      `<img alt="x src='no'" src="/c.png">`,
    ]);
  });
});
