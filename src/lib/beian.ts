/** The MIIT's register of ICP filings, which a site's ICP 备案号 links to. */
export const ICP_REGISTER = 'https://beian.miit.gov.cn/';

/**
 * The site's filings as the foot of its pages shows them (`beian` in the site config), each with the register that
 * has it: the ICP 备案号 with the MIIT's, the 公安备案号 with its own record in the Ministry of Public Security's, by
 * its fourteen digits.
 *
 * @example
 * beianLinks({ icp: '京ICP备2023012345号-1', police: '京公网安备11010502030143号' });
 * // [{ text: '京ICP备2023012345号-1', href: 'https://beian.miit.gov.cn/' },
 * //  { text: '京公网安备11010502030143号', href: 'https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143' }]
 */
export function beianLinks(beian: { icp?: string; police?: string }): { text: string; href: string }[] {
  return [
    ...(beian.icp ? [{ text: beian.icp, href: ICP_REGISTER }] : []),
    ...(beian.police
      ? [
          {
            text: beian.police,
            href: `https://beian.mps.gov.cn/#/query/webSearch?code=${beian.police.replace(/\D/gu, '')}`,
          },
        ]
      : []),
  ];
}
