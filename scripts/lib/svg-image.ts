/** What the image-drawing scripts share: the CJK font stack, XML escaping, and SVG → PNG with sharp. */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { projectRoot } from './fixture-site.ts';

/** Needs a CJK font on the machine (Debian: fonts-noto-cjk) for Chinese labels. */
export const FONT = `'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', sans-serif`;

/** Escapes text for an SVG text node. */
export const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Rasterizes `svg` to a palette PNG at `target` and says so with its path relative to the project. */
export async function writePng(svg: string, target: URL): Promise<void> {
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer();
  await writeFile(target, png);
  const relative = fileURLToPath(target).slice(projectRoot.length);
  console.log(`wrote ${relative} (${png.length} bytes)`);
}
