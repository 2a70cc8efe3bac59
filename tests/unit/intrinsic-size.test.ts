import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { intrinsicSize } from '../../src/lib/intrinsic-size.ts';

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
