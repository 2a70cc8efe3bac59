import { describe, expect, it } from 'vitest';
import { beianLinks } from '../../src/lib/beian.ts';

describe('beianLinks', () => {
  it('links each filing to its register, the police filing to its own record', () => {
    expect(beianLinks({ icp: '京ICP备2023012345号-1', police: '京公网安备 11010502030143号' })).toEqual([
      { text: '京ICP备2023012345号-1', href: 'https://beian.miit.gov.cn/' },
      {
        text: '京公网安备 11010502030143号',
        href: 'https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143',
      },
    ]);
  });

  it('shows only the filings the site has', () => {
    expect(beianLinks({ icp: '粤ICP备2021146932号' })).toEqual([
      { text: '粤ICP备2021146932号', href: 'https://beian.miit.gov.cn/' },
    ]);
    expect(beianLinks({})).toEqual([]);
  });
});
