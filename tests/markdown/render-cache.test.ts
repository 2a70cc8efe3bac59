import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type CachedRender, RenderCache } from '../../src/markdown/render-cache.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'inkstone-render-cache-'));
const file = path.join(root, 'inkstone-renders.json');
const htmlFolder = path.join(root, 'inkstone-html');
mkdirSync(htmlFolder);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A render whose HTML is in `htmlFile` (written into the folder), or kept in the store (`undefined`: with images). */
function render(htmlFile: string | undefined, lines: string[] = []): CachedRender {
  if (htmlFile) writeFileSync(path.join(htmlFolder, htmlFile), '<p>文</p>');
  return {
    metadata: {
      headings: [],
      localImagePaths: [],
      remoteImagePaths: [],
      frontmatter: { readingMinutes: 1 },
      ...(htmlFile && { htmlFile }),
    },
    lines,
  };
}

describe('RenderCache', () => {
  it('gives back a post rendered from the same body in the same file, with its warnings, in a later run', () => {
    const first = new RenderCache(file, 'p1', htmlFolder);
    const a = render('a.html', ['warning content/blogs/a.md:3:1 Unknown code language "zz"']);
    first.set('content/blogs/a.md', '正文', a);
    first.set('content/blogs/images.md', '![图](./a.png)', render(undefined));
    first.save(new Set(['a.html']));
    const again = new RenderCache(file, 'p1', htmlFolder);
    expect(again.get('content/blogs/a.md', '正文')).toEqual(a);
    expect(again.get('content/blogs/a.md', '正文，改过')).toBeUndefined();
    expect(again.get('content/blogs/b.md', '正文')).toBeUndefined();
    // A post with images keeps its HTML in the content store, for Astro to fill the images in.
    expect(again.get('content/blogs/images.md', '![图](./a.png)')).toBeUndefined();
  });

  it('finds nothing rendered under another pipeline', () => {
    expect(new RenderCache(file, 'p2', htmlFolder).get('content/blogs/a.md', '正文')).toBeUndefined();
  });

  it('finds nothing whose HTML file is gone, and keeps only the posts whose files the store still has', () => {
    const cache = new RenderCache(file, 'p1', htmlFolder);
    cache.set('content/blogs/b.md', '另一篇', render('b.html'));
    rmSync(path.join(htmlFolder, 'a.html'));
    expect(cache.get('content/blogs/a.md', '正文')).toBeUndefined();
    cache.save(new Set(['b.html']));
    writeFileSync(path.join(htmlFolder, 'a.html'), '<p>文</p>');
    const again = new RenderCache(file, 'p1', htmlFolder);
    expect(again.get('content/blogs/a.md', '正文')).toBeUndefined();
    expect(again.get('content/blogs/b.md', '另一篇')?.metadata.htmlFile).toBe('b.html');
  });

  it('does not keep a post rendered with fatal problems, which can go away while the post stays the same', () => {
    const cache = new RenderCache(file, 'p1', htmlFolder);
    const failed = render('c.html');
    failed.metadata.frontmatter.renderErrors = ['error content/blogs/c.md:3:1 Image not found: "./images/late.gif" …'];
    cache.set('content/blogs/c.md', '![图](./images/late.gif)', failed);
    expect(cache.get('content/blogs/c.md', '![图](./images/late.gif)')).toBeUndefined();
  });
});
