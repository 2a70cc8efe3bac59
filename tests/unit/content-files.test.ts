import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { referencedUrls } from '../../src/integrations/content-files.ts';

describe('referencedUrls', () => {
  it('finds the root-relative URLs of every page as written, Chinese ones included', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'inkstone-references-'));
    mkdirSync(path.join(dir, 'blogs/猫'), { recursive: true });
    writeFileSync(
      path.join(dir, 'blogs/猫/index.html'),
      '<p>中文\u00a0段落</p><img alt="动图" src="/图片/猫.gif"><a href="/%E5%9B%BE/x.png?v=1#top">图</a>' +
        '<a href="//cdn.example.com/a.png">外</a><img src="https://example.com/b.png">',
    );
    writeFileSync(path.join(dir, 'index.html'), '<link href="/favicon.svg" rel="icon">');
    expect([...referencedUrls(dir)].sort()).toEqual(['/%E5%9B%BE/x.png', '/favicon.svg', '/图片/猫.gif']);
    rmSync(dir, { recursive: true, force: true });
  });
});
