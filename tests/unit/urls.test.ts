import { describe, expect, it } from 'vitest';
import { isRemoteUrl } from '../../src/lib/urls.ts';

describe('remote URLs', () => {
  it('are those with a scheme or a host of their own', () => {
    for (const url of ['https://example.com/a.png', '//cdn.example.com/a.png', 'mailto:a@example.com', 'data:,x']) {
      expect(isRemoteUrl(url), url).toBe(true);
    }
  });

  it('are not paths of this site, relative or root-relative, nor fragments', () => {
    for (const url of ['./images/a.png', 'images/a.png', '/blogs/a/', '#小节', '../x.md']) {
      expect(isRemoteUrl(url), url).toBe(false);
    }
  });
});
