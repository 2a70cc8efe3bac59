import { closeSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';

/** How much of a file is read to find its size: the header of a GIF, PNG or ICO, the root element of an SVG. */
const HEAD_BYTES = 256 * 1024;

/** An SVG's root element, and a width or height given in it other than in percent. */
const SVG_ROOT = /<svg\b[^>]*>/u;
const FIXED_WIDTH = /\swidth=(["'])[^"'%]+\1/u;
const FIXED_HEIGHT = /\sheight=(["'])[^"'%]+\1/u;

export interface IntrinsicSize {
  width: number;
  height: number;
}

/**
 * The width and height in pixels of an image file the site serves as it is (GIF, SVG, APNG, ICO), read from the start
 * of the file with `image-size`, so that its `<img>` can reserve its space before it loads. `undefined` when the file
 * does not say, or cannot be read as an image. An SVG counts only with a `width` and a `height` on its root element,
 * not in percent: one with only a `viewBox` is drawn as wide as its container, and keeps that.
 *
 * @example
 * intrinsicSize('/site/content/blogs/images/pipeline.svg'); // → { width: 1600, height: 520 }
 */
export function intrinsicSize(file: string): IntrinsicSize | undefined {
  let head: Buffer;
  try {
    const fd = openSync(file, 'r');
    try {
      head = Buffer.alloc(HEAD_BYTES);
      head = head.subarray(0, readSync(fd, head, 0, HEAD_BYTES, 0));
    } finally {
      closeSync(fd);
    }
    const { type, width, height } = imageSize(head);
    // An SVG without both is drawn as wide as its container, which its `viewBox` size given as attributes would change.
    if (type === 'svg') {
      const root = SVG_ROOT.exec(head.toString('utf8'))?.[0] ?? '';
      if (!FIXED_WIDTH.test(root) || !FIXED_HEIGHT.test(root)) return undefined;
    }
    const whole = (value: number | undefined) => value !== undefined && Number.isInteger(value) && value > 0;
    return whole(width) && whole(height) ? { width, height } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The sizes a rendered post gave its images served as they are, by file relative to the project: `'1600x520'`, or `''`
 * where the file gave none. Kept with the rendered post, so a stored render is dropped once a file's size changes.
 */
export type ImageSizes = Record<string, string>;

/** How `ImageSizes` writes a size. */
export const sizeText = (size: IntrinsicSize | undefined): string => (size ? `${size.width}x${size.height}` : '');

/**
 * Whether an image of `sizes` now gives another size than the one a post was rendered with (or none, being gone).
 *
 * @example
 * sizesChanged('/site', { 'content/blogs/images/a.gif': '8x8' }); // → true once a.gif is 16×4
 */
export function sizesChanged(root: string, sizes: ImageSizes | undefined): boolean {
  if (!sizes) return false;
  return Object.entries(sizes).some(([file, size]) => sizeText(intrinsicSize(path.join(root, file))) !== size);
}
