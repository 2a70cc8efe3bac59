import { describe, expect, it } from 'vitest';
import { licenseText, postTerms, rightsText } from '../../src/lib/post-terms';

const site = { name: 'CC BY-NC-SA 4.0', url: 'https://creativecommons.org/licenses/by-nc-sa/4.0/' };
const own = { name: 'CC BY 4.0' };
const source = { url: 'https://example.com/a', author: '张三' };

describe('postTerms', () => {
  it("gives a post the site's license, or its own", () => {
    expect(postTerms({}, site)).toEqual({ license: site });
    expect(postTerms({ license: own }, site)).toEqual({ license: own });
    expect(postTerms({ license: own }, undefined)).toEqual({ license: own });
  });

  it("gives no notice to a post that asks for none, or on a site without a license and nothing of the post's", () => {
    expect(postTerms({ license: false }, site)).toBeUndefined();
    expect(postTerms({ license: false, source }, site)).toBeUndefined();
    expect(postTerms({}, undefined)).toBeUndefined();
  });

  it("does not put a post from elsewhere under the site's license, only under its own", () => {
    expect(postTerms({ source }, site)).toEqual({ source });
    expect(postTerms({ source }, undefined)).toEqual({ source });
    expect(postTerms({ source, license: own }, site)).toEqual({ source, license: own });
  });
});

describe('rightsText', () => {
  it('names the holder and the license, with its address', () => {
    expect(licenseText(site)).toBe('CC BY-NC-SA 4.0 (https://creativecommons.org/licenses/by-nc-sa/4.0/)');
    expect(rightsText({ license: site }, 'Inkstone', '?')).toBe(
      '© Inkstone · CC BY-NC-SA 4.0 (https://creativecommons.org/licenses/by-nc-sa/4.0/)',
    );
    expect(rightsText({ license: own }, 'Inkstone', '?')).toBe('© Inkstone · CC BY 4.0');
  });

  it("names the original's author for a post from elsewhere, and says so when neither it nor a license is known", () => {
    expect(rightsText({ source }, 'Inkstone', '?')).toBe('© 张三');
    expect(rightsText({ source, license: own }, 'Inkstone', '?')).toBe('© 张三 · CC BY 4.0');
    expect(rightsText({ source: { url: source.url }, license: own }, 'Inkstone', '?')).toBe('CC BY 4.0');
    expect(rightsText({ source: { url: source.url } }, 'Inkstone', '版权归原作者所有')).toBe('版权归原作者所有');
  });
});
