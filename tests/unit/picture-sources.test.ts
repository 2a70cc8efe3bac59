import { describe, expect, it } from 'vitest';
import { tidyPictureSources } from '../../src/integrations/picture-sources.ts';

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
});
