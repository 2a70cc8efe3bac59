import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { type ImageSizes, intrinsicSize, sizesChanged, sizeText } from '../../src/lib/intrinsic-size.ts';
import { remarkPostImages } from '../../src/markdown/remark-post-images.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'inkstone-size-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const target = path.join(dir, name);
  writeFileSync(target, content);
  return target;
}

const svg = (attributes: string) =>
  `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" ${attributes}></svg>`;

describe('intrinsicSize', () => {
  it('reads the size of a GIF from its header', async () => {
    const gif = await sharp({ create: { width: 7, height: 5, channels: 3, background: '#08f' } })
      .gif()
      .toBuffer();
    expect(intrinsicSize(file('a.gif', gif))).toEqual({ width: 7, height: 5 });
  });

  it('reads an SVG with a width and a height, in pixels or other absolute units', () => {
    expect(intrinsicSize(file('px.svg', svg('width="1600" height="520" viewBox="0 0 800 260"')))).toEqual({
      width: 1600,
      height: 520,
    });
    expect(intrinsicSize(file('pt.svg', svg("width='30pt' height='15pt'")))).toEqual({ width: 40, height: 20 });
  });

  it('gives no size for an SVG drawn as wide as its container: only a viewBox, or a size in percent', () => {
    expect(intrinsicSize(file('box.svg', svg('viewBox="0 0 24 24"')))).toBeUndefined();
    expect(intrinsicSize(file('one.svg', svg('width="24" viewBox="0 0 24 24"')))).toBeUndefined();
    expect(intrinsicSize(file('pc.svg', svg('width="100%" height="50%" viewBox="0 0 2 1"')))).toBeUndefined();
  });

  it('gives no size for a file that is not an image, or is missing', () => {
    expect(intrinsicSize(file('stub.ico', Buffer.from([0, 0, 1, 0])))).toBeUndefined();
    expect(intrinsicSize(path.join(dir, 'missing.gif'))).toBeUndefined();
  });
});

const gifOf = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#08f' } })
    .gif()
    .toBuffer();

describe('sizesChanged', () => {
  it('is false while every file gives the size a post was rendered with, or none as before', async () => {
    file('same.gif', await gifOf(3, 2));
    file('none.svg', svg('viewBox="0 0 2 1"'));
    expect(sizesChanged(dir, { 'same.gif': '3x2', 'none.svg': '' })).toBe(false);
    expect(sizesChanged(dir, undefined)).toBe(false);
  });

  it('is true once a file gives another size, or is gone', async () => {
    file('grown.gif', await gifOf(3, 2));
    expect(sizesChanged(dir, { 'grown.gif': '3x2' })).toBe(false);
    file('grown.gif', await gifOf(6, 2));
    expect(sizesChanged(dir, { 'grown.gif': '3x2' })).toBe(true);
    expect(sizesChanged(dir, { 'missing.gif': '3x2' })).toBe(true);
    // An SVG that gains a size, where it had none.
    file('sized.svg', svg('width="4" height="2"'));
    expect(sizesChanged(dir, { 'sized.svg': '' })).toBe(true);
  });

  it('writes a size as sizeText does', () => {
    expect(sizeText({ width: 1600, height: 520 })).toBe('1600x520');
    expect(sizeText(undefined)).toBe('');
  });
});

describe("remarkPostImages's sized", () => {
  const fixtures = path.resolve(import.meta.dirname, '../markdown/fixtures/remark-post-images');

  /** What `sized` receives for `markdown` in a post of the fixture case `name`, or `undefined` if it is not called. */
  function sizedOf(name: string, markdown: string): ImageSizes | undefined {
    const caseDir = path.join(fixtures, name);
    let received: ImageSizes | undefined;
    const sized = (sizes: ImageSizes) => (received = sizes);
    const processor = unified()
      .use(remarkParse)
      .use(remarkPostImages, { contentRoot: caseDir, projectRoot: fixtures, sized });
    processor.runSync(processor.parse(markdown), new VFile({ path: path.join(caseDir, 'post.md') }));
    return received;
  }

  it('gives the size read from each image served as it is, by file relative to the project', () => {
    const name = 'serves-formats-sharp-cannot-transform-as-they-are';
    const markdown = '![a](./images/anim.gif) ![b](/images/logo.svg) ![c](./images/anim.apng) ![d](./images/site.ico)';
    expect(sizedOf(name, markdown)).toEqual({
      [`${name}/images/anim.gif`]: '2x2',
      [`${name}/images/logo.svg`]: '',
      [`${name}/images/anim.apng`]: '4x3',
      [`${name}/images/site.ico`]: '',
    });
  });

  it('is not called for a post whose images are all optimized or remote', () => {
    expect(sizedOf('optimizes-root-relative-and-relative-images', '![a](./images/a.png)')).toBeUndefined();
    expect(sizedOf('leaves-remote-images-remote-and-lazy', '![a](https://example.com/a.gif)')).toBeUndefined();
  });
});
