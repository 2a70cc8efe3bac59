import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tidyPictureSources, tidyPictureSourcesOf } from '../../src/integrations/picture-sources.ts';

describe('tidyPictureSources', () => {
  it('removes the img-only attributes Astro leaves on picture sources', () => {
    const html =
      '<picture><source type="image/avif" sizes="100vw" loading="lazy" decoding="async" width="1600" height="520" src="/_astro/a.avif" srcset="/_astro/a-480.avif 480w"><img alt="A" loading="lazy" decoding="async" src="/_astro/a.webp"></picture>';
    expect(tidyPictureSources(html)).toBe(
      '<picture><source type="image/avif" sizes="100vw" width="1600" height="520" srcset="/_astro/a-480.avif 480w"><img alt="A" loading="lazy" decoding="async" src="/_astro/a.webp"></picture>',
    );
  });

  it('leaves the sources of video and audio alone', () => {
    const html = '<video controls><source src="/clip.webm" type="video/webm"></video>';
    expect(tidyPictureSources(html)).toBe(html);
  });

  it('rewrites a page file byte for byte but for those attributes, its Chinese text and file names included', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'inkstone-pictures-'));
    const file = path.join(dir, 'index.html');
    const page = (extra: string) =>
      `<p>中文段落\u00a0（不间断空格）</p><picture><source type="image/webp"${extra} srcset="/图片/猫-480.webp 480w"><img alt="猫" src="/图片/猫.webp"></picture>`;
    writeFileSync(file, page(' loading="lazy" src="/图片/猫.webp"'));
    tidyPictureSourcesOf(file);
    expect(readFileSync(file, 'utf8')).toBe(page(''));
    rmSync(dir, { recursive: true, force: true });
  });
});
