import { defineSiteConfig } from './schema/site.ts';

/** Everything about this site that is not a post. Validated at startup. */
export const site = defineSiteConfig({
  title: 'Inkstone',
  description: '写给技术写作者的博客：人工智能、前端工程与写作工具。',
  author: 'Inkstone',
  url: 'https://inkstone.example.com/',
  language: 'zh-CN',
  timeZone: 'Asia/Shanghai',
  postsPerPage: 10,
  feedLimit: 20,
  outdatedAfterDays: 365,
  license: { name: 'CC BY-NC-SA 4.0', url: 'https://creativecommons.org/licenses/by-nc-sa/4.0/deed.zh-hans' },
  nav: [
    { label: 'nav.home', href: '/' },
    { label: 'nav.categories', href: '/categories/' },
    { label: 'nav.timeline', href: '/timeline/' },
    { label: 'nav.about', href: '/about/' },
  ],
});
