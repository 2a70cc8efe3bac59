/** One page of each kind the site builds, for the checks that run on all of them. */
export const pageTypes = [
  { name: 'home', path: '/' },
  { name: 'post', path: '/blogs/gpt-and-deepseek/' },
  { name: 'category index', path: '/categories/' },
  { name: 'category', path: `/categories/${encodeURIComponent('人工智能')}/` },
  { name: 'tag index', path: '/tags/' },
  { name: 'tag', path: `/tags/${encodeURIComponent('技术写作')}/` },
  { name: 'series index', path: '/series/' },
  { name: 'series', path: `/series/${encodeURIComponent('大模型应用工程')}/` },
  { name: 'timeline', path: '/timeline/' },
  { name: 'about', path: '/about/' },
  { name: 'search', path: `/search/?q=${encodeURIComponent('强化学习')}` },
  { name: '404', path: '/no/such/page/' },
] as const;

/** The seed post, which every build has. */
export const seedPost = { path: '/blogs/gpt-and-deepseek/', title: 'GPT和DeepSeek模型' } as const;
