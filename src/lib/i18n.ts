import { formatDate, formatMonth } from './dates.ts';

/** Every string the UI shows, per language. */
export interface UiStrings {
  'nav.home': string;
  'nav.categories': string;
  'nav.timeline': string;
  'nav.about': string;
  skipLink: string;
  'site.navLabel': string;
  'post.category': string;
  'post.tags': string;
  'post.published': string;
  'post.newer': string;
  'post.older': string;
  'post.siblings': string;
  'post.related': string;
  'post.draft': string;
  'post.moved': string;
  'post.series': string;
  'post.seriesPart': string;
  'post.seriesNext': string;
  'post.edit': string;
  'license.label': string;
  'license.author': string;
  'license.link': string;
  'license.terms': string;
  'license.sourceAuthor': string;
  'post.source': string;
  'post.author': string;
  'post.pinned': string;
  'post.unlisted': string;
  'comments.title': string;
  'comments.load': string;
  'comments.giscus': string;
  'comments.waline': string;
  'comments.twikoo': string;
  'post.outdated': string;
  'post.updated': string;
  'post.views': string;
  /** How many comments a post has, beside it in a list of posts. */
  'post.comments': string;
  'license.source': string;
  'license.originalRights': string;
  'list.empty': string;
  'list.readMore': string;
  'pagination.label': string;
  'pagination.previous': string;
  'pagination.next': string;
  'pagination.page': string;
  'categories.title': string;
  'categories.description': string;
  'category.title': string;
  'tags.title': string;
  'tags.description': string;
  'tags.browse': string;
  'authors.title': string;
  'authors.description': string;
  'authors.browse': string;
  'author.title': string;
  'author.all': string;
  'tag.title': string;
  'tag.all': string;
  'seriesList.title': string;
  'seriesList.description': string;
  'seriesList.browse': string;
  'seriesPage.all': string;
  'seriesPage.part': string;
  'timeline.title': string;
  'timeline.description': string;
  'notFound.title': string;
  'notFound.body': string;
  'notFound.home': string;
  'notFound.search': string;
  'footer.poweredBy': string;
  'toc.title': string;
  'heading.anchor': string;
  'code.copy': string;
  'code.copied': string;
  'embed.watch': string;
  'embed.watchTitled': string;
  'embed.view': string;
  'diagram.error': string;
  'footnotes.label': string;
  'footnotes.backLabel': string;
  'callout.note': string;
  'callout.tip': string;
  'callout.important': string;
  'callout.warning': string;
  'callout.caution': string;
  'search.title': string;
  'search.description': string;
  'search.label': string;
  'search.placeholder': string;
  'search.submit': string;
  'search.shortcut': string;
  'search.noscript': string;
  'search.loading': string;
  'search.count': string;
  'search.none': string;
  'search.unavailable': string;
  'search.more': string;
  'theme.label': string;
  'theme.light': string;
  'theme.dark': string;
  'theme.system': string;
  backToTop: string;
  'feed.rss': string;
  'feed.atom': string;
  'image.viewer': string;
  'image.close': string;
  'image.original': string;
  'reward.button': string;
  'reward.text': string;
  'reward.code': string;
}

/** The languages Inkstone speaks: Simplified Chinese, Traditional Chinese (as Taiwan writes it) and English. */
export type UiLanguage = 'zh-CN' | 'zh-TW' | 'en';

const strings: Record<UiLanguage, UiStrings> = {
  'zh-CN': {
    'nav.home': '首页',
    'nav.categories': '分类',
    'nav.timeline': '时间线',
    'nav.about': '关于',
    skipLink: '跳到正文',
    'site.navLabel': '主导航',
    'post.category': '分类',
    'post.tags': '标签',
    'post.published': '发布于',
    'post.newer': '较新的文章',
    'post.older': '较早的文章',
    'post.siblings': '相邻文章',
    'post.related': '相关文章',
    'post.draft': '草稿',
    'post.moved': '本文的地址已改为',
    'post.series': '系列：{name}',
    'post.seriesPart': '第 {index} 篇，共 {total} 篇',
    'post.seriesNext': '本系列的下一篇',
    'post.edit': '编辑此页',
    'license.label': '版权声明',
    'license.author': '本文作者',
    'license.link': '本文链接',
    'license.terms': '本文采用 {license} 许可协议，转载请注明作者和出处。',
    'license.sourceAuthor': '原文作者',
    'post.source': '原文：{link}',
    'post.author': '作者',
    'post.pinned': '置顶',
    'post.unlisted': '未列出',
    'comments.title': '评论',
    'comments.load': '加载评论',
    'comments.giscus': '评论由 giscus 提供，保存在 GitHub Discussions 中。加载后，浏览器会连接 giscus.app 和 GitHub。',
    'comments.waline': '评论由 Waline 提供，保存在 {host}。加载后，浏览器会连接 {host}。',
    'comments.twikoo': '评论由 Twikoo 提供，保存在 {host}。加载后，浏览器会连接 {host}。',
    'post.outdated': '本文最后更新于{ago}，其中的信息可能已经过时。',
    'post.updated': '更新于 {date}',
    'post.views': '阅读 {count}',
    'post.comments': '评论 {count}',
    'license.source': '原文链接',
    'license.originalRights': '版权归原作者所有，转载请先取得原作者的许可。',
    'list.empty': '还没有文章。',
    'list.readMore': '阅读全文',
    'pagination.label': '分页',
    'pagination.previous': '上一页',
    'pagination.next': '下一页',
    'pagination.page': '第 {n} 页',
    'categories.title': '分类',
    'categories.description': '按分类浏览全部文章。',
    'category.title': '分类：{name}',
    'tags.title': '标签',
    'tags.description': '按标签浏览全部文章。',
    'tags.browse': '也可以按标签浏览',
    'authors.title': '作者',
    'authors.description': '按作者浏览全部文章。',
    'authors.browse': '也可以按作者浏览',
    'author.title': '作者：{name}',
    'author.all': '全部作者',
    'tag.title': '标签：{name}',
    'tag.all': '全部标签',
    'seriesList.title': '系列',
    'seriesList.description': '按系列浏览成组的文章，每个系列按阅读顺序排列。',
    'seriesList.browse': '也可以按系列浏览',
    'seriesPage.all': '全部系列',
    'seriesPage.part': '第 {index} 篇',
    'timeline.title': '时间线',
    'timeline.description': '按年份和月份浏览全部文章。',
    'notFound.title': '找不到这个页面',
    'notFound.body': '你要找的页面不存在，可能已被移动或删除。',
    'notFound.home': '回到首页',
    'notFound.search': '搜索相关文章',
    'footer.poweredBy': '由 Inkstone 构建',
    'toc.title': '目录',
    'heading.anchor': '链接到本节：{text}',
    'code.copy': '复制',
    'code.copied': '已复制',
    'embed.watch': '观看视频（{site}）',
    'embed.watchTitled': '观看视频：{title}（{site}）',
    'embed.view': '在 {site} 上查看：{what}',
    'diagram.error': '图表无法绘制：{reason}',
    'footnotes.label': '脚注',
    'footnotes.backLabel': '返回正文第 {n} 处引用',
    'callout.note': '注意',
    'callout.tip': '提示',
    'callout.important': '重要',
    'callout.warning': '警告',
    'callout.caution': '危险',
    'search.title': '搜索',
    'search.description': '全文搜索本站的全部文章。',
    'search.label': '搜索文章',
    'search.placeholder': '输入关键词，如 强化学习',
    'search.submit': '搜索',
    'search.shortcut': '按 / 或 Ctrl K 聚焦搜索框',
    'search.noscript': '搜索需要启用 JavaScript。不开启也可以按分类或时间线浏览全部文章。',
    'search.loading': '正在搜索…',
    'search.count': '找到 {n} 个结果',
    'search.none': '没有找到与“{query}”相关的内容。',
    'search.unavailable': '搜索索引还没有生成：它由 npm run build 构建。',
    'search.more': '显示更多（还有 {n} 个）',
    'theme.label': '颜色主题：{mode}',
    'theme.light': '浅色',
    'theme.dark': '深色',
    'theme.system': '跟随系统',
    backToTop: '回到顶部',
    'feed.rss': 'RSS 订阅',
    'feed.atom': 'Atom 订阅',
    'image.viewer': '图片',
    'image.close': '关闭图片',
    'image.original': '查看原图',
    'reward.button': '赞赏',
    'reward.text': '如果这篇文章对你有帮助，可以请作者喝杯咖啡。',
    'reward.code': '{name}收款码',
  },
  'zh-TW': {
    'nav.home': '首頁',
    'nav.categories': '分類',
    'nav.timeline': '時間軸',
    'nav.about': '關於',
    skipLink: '跳到主要內容',
    'site.navLabel': '主選單',
    'post.category': '分類',
    'post.tags': '標籤',
    'post.published': '發佈於',
    'post.newer': '較新的文章',
    'post.older': '較舊的文章',
    'post.siblings': '相鄰文章',
    'post.related': '相關文章',
    'post.draft': '草稿',
    'post.moved': '本文的網址已改為',
    'post.series': '系列：{name}',
    'post.seriesPart': '第 {index} 篇，共 {total} 篇',
    'post.seriesNext': '本系列的下一篇',
    'post.edit': '編輯此頁',
    'license.label': '版權聲明',
    'license.author': '本文作者',
    'license.link': '本文連結',
    'license.terms': '本文採用 {license} 授權條款，轉載請註明作者和出處。',
    'license.sourceAuthor': '原文作者',
    'post.source': '原文：{link}',
    'post.author': '作者',
    'post.pinned': '置頂',
    'post.unlisted': '未列出',
    'comments.title': '留言',
    'comments.load': '載入留言',
    'comments.giscus':
      '留言由 giscus 提供，儲存在 GitHub Discussions 中。載入後，瀏覽器會連線到 giscus.app 和 GitHub。',
    'comments.waline': '留言由 Waline 提供，儲存在 {host}。載入後，瀏覽器會連線到 {host}。',
    'comments.twikoo': '留言由 Twikoo 提供，儲存在 {host}。載入後，瀏覽器會連線到 {host}。',
    'post.outdated': '本文最後更新於{ago}，其中的資訊可能已經過時。',
    'post.updated': '更新於 {date}',
    'post.views': '閱讀 {count}',
    'post.comments': '留言 {count}',
    'license.source': '原文連結',
    'license.originalRights': '版權歸原作者所有，轉載請先取得原作者的許可。',
    'list.empty': '還沒有文章。',
    'list.readMore': '閱讀全文',
    'pagination.label': '分頁',
    'pagination.previous': '上一頁',
    'pagination.next': '下一頁',
    'pagination.page': '第 {n} 頁',
    'categories.title': '分類',
    'categories.description': '依分類瀏覽所有文章。',
    'category.title': '分類：{name}',
    'tags.title': '標籤',
    'tags.description': '依標籤瀏覽所有文章。',
    'tags.browse': '也可以依標籤瀏覽',
    'authors.title': '作者',
    'authors.description': '依作者瀏覽所有文章。',
    'authors.browse': '也可以依作者瀏覽',
    'author.title': '作者：{name}',
    'author.all': '所有作者',
    'tag.title': '標籤：{name}',
    'tag.all': '所有標籤',
    'seriesList.title': '系列',
    'seriesList.description': '依系列瀏覽成組的文章，每個系列依閱讀順序排列。',
    'seriesList.browse': '也可以依系列瀏覽',
    'seriesPage.all': '所有系列',
    'seriesPage.part': '第 {index} 篇',
    'timeline.title': '時間軸',
    'timeline.description': '依年份和月份瀏覽所有文章。',
    'notFound.title': '找不到這個頁面',
    'notFound.body': '你要找的頁面不存在，可能已被移動或刪除。',
    'notFound.home': '回到首頁',
    'notFound.search': '搜尋相關文章',
    'footer.poweredBy': '由 Inkstone 建置',
    'toc.title': '目錄',
    'heading.anchor': '連結到本節：{text}',
    'code.copy': '複製',
    'code.copied': '已複製',
    'embed.watch': '觀看影片（{site}）',
    'embed.watchTitled': '觀看影片：{title}（{site}）',
    'embed.view': '在 {site} 上檢視：{what}',
    'diagram.error': '圖表無法繪製：{reason}',
    'footnotes.label': '註腳',
    'footnotes.backLabel': '返回正文第 {n} 處引用',
    'callout.note': '注意',
    'callout.tip': '提示',
    'callout.important': '重要',
    'callout.warning': '警告',
    'callout.caution': '危險',
    'search.title': '搜尋',
    'search.description': '全文搜尋本站的所有文章。',
    'search.label': '搜尋文章',
    'search.placeholder': '輸入關鍵字，如 強化學習',
    'search.submit': '搜尋',
    'search.shortcut': '按 / 或 Ctrl K 聚焦搜尋框',
    'search.noscript': '搜尋需要啟用 JavaScript。不啟用也可以依分類或時間軸瀏覽所有文章。',
    'search.loading': '正在搜尋…',
    'search.count': '找到 {n} 個結果',
    'search.none': '沒有找到與「{query}」相關的內容。',
    'search.unavailable': '搜尋索引還沒有產生：它由 npm run build 建置。',
    'search.more': '顯示更多（還有 {n} 個）',
    'theme.label': '色彩主題：{mode}',
    'theme.light': '淺色',
    'theme.dark': '深色',
    'theme.system': '跟隨系統',
    backToTop: '回到頂端',
    'feed.rss': 'RSS 訂閱',
    'feed.atom': 'Atom 訂閱',
    'image.viewer': '圖片',
    'image.close': '關閉圖片',
    'image.original': '檢視原圖',
    'reward.button': '贊賞',
    'reward.text': '如果這篇文章對你有幫助，可以請作者喝杯咖啡。',
    'reward.code': '{name}收款碼',
  },
  en: {
    'nav.home': 'Home',
    'nav.categories': 'Categories',
    'nav.timeline': 'Timeline',
    'nav.about': 'About',
    skipLink: 'Skip to content',
    'site.navLabel': 'Main',
    'post.category': 'Category',
    'post.tags': 'Tags',
    'post.published': 'Published',
    'post.newer': 'Newer post',
    'post.older': 'Older post',
    'post.siblings': 'More posts',
    'post.related': 'Related posts',
    'post.draft': 'Draft',
    'post.moved': 'This post has moved to',
    'post.series': 'Series: {name}',
    'post.seriesPart': 'Part {index} of {total}',
    'post.seriesNext': 'Next in this series',
    'post.edit': 'Edit this page',
    'license.label': 'License',
    'license.author': 'Author',
    'license.link': 'Link',
    'license.terms': 'Published under {license}: credit the author and link here when you share it.',
    'license.sourceAuthor': 'Original author',
    'post.source': 'Original: {link}',
    'post.author': 'Author',
    'post.pinned': 'Pinned',
    'post.unlisted': 'Unlisted',
    'comments.title': 'Comments',
    'comments.load': 'Load the comments',
    'comments.giscus':
      'Comments are kept in GitHub Discussions by giscus: once loaded, your browser connects to giscus.app and GitHub.',
    'comments.waline': 'Comments are kept at {host} by Waline: once loaded, your browser connects to {host}.',
    'comments.twikoo': 'Comments are kept at {host} by Twikoo: once loaded, your browser connects to {host}.',
    'post.outdated': 'This post was last updated {ago}: some of it may be out of date.',
    'post.updated': 'updated {date}',
    'post.views': '{count} reads',
    'post.comments': 'Comments: {count}',
    'license.source': 'Original',
    'license.originalRights': 'Copyright belongs to the original author: ask them before sharing it.',
    'list.empty': 'No posts yet.',
    'list.readMore': 'Read more',
    'pagination.label': 'Pagination',
    'pagination.previous': 'Previous page',
    'pagination.next': 'Next page',
    'pagination.page': 'Page {n}',
    'categories.title': 'Categories',
    'categories.description': 'Every post, by category.',
    'category.title': 'Category: {name}',
    'tags.title': 'Tags',
    'tags.description': 'Every post, by tag.',
    'tags.browse': 'Or browse by tag',
    'authors.title': 'Authors',
    'authors.description': 'Every post, by author.',
    'authors.browse': 'Or browse by author',
    'author.title': 'Posts by {name}',
    'author.all': 'All authors',
    'tag.title': 'Tag: {name}',
    'tag.all': 'All tags',
    'seriesList.title': 'Series',
    'seriesList.description': 'Posts written as series, each in reading order.',
    'seriesList.browse': 'Or browse by series',
    'seriesPage.all': 'All series',
    'seriesPage.part': 'Part {index}',
    'timeline.title': 'Timeline',
    'timeline.description': 'Every post, by year and month.',
    'notFound.title': 'Page not found',
    'notFound.body': 'The page you are looking for does not exist. It may have moved or been deleted.',
    'notFound.home': 'Back to the home page',
    'notFound.search': 'Search for related posts',
    'footer.poweredBy': 'Built with Inkstone',
    'toc.title': 'On this page',
    'heading.anchor': 'Link to this section: {text}',
    'code.copy': 'Copy',
    'code.copied': 'Copied',
    'embed.watch': 'Watch on {site}',
    'embed.watchTitled': 'Watch on {site}: {title}',
    'embed.view': 'View on {site}: {what}',
    'diagram.error': 'The diagram cannot be drawn: {reason}',
    'footnotes.label': 'Footnotes',
    'footnotes.backLabel': 'Back to reference {n}',
    'callout.note': 'Note',
    'callout.tip': 'Tip',
    'callout.important': 'Important',
    'callout.warning': 'Warning',
    'callout.caution': 'Caution',
    'search.title': 'Search',
    'search.description': 'Full-text search over every post.',
    'search.label': 'Search posts',
    'search.placeholder': 'Type a word, e.g. caching',
    'search.submit': 'Search',
    'search.shortcut': 'Press / or Ctrl K to search',
    'search.noscript':
      'Search needs JavaScript. Without it you can still browse every post by category or on the timeline.',
    'search.loading': 'Searching…',
    'search.count': '{n} results',
    'search.none': 'Nothing matches “{query}”.',
    'search.unavailable': 'The search index has not been built yet: npm run build makes it.',
    'search.more': 'Show more ({n} left)',
    'theme.label': 'Colour theme: {mode}',
    'theme.light': 'Light',
    'theme.dark': 'Dark',
    'theme.system': 'System',
    backToTop: 'Back to top',
    'feed.rss': 'RSS feed',
    'feed.atom': 'Atom feed',
    'image.viewer': 'Image',
    'image.close': 'Close the image',
    'image.original': 'Open the original',
    'reward.button': 'Tip the author',
    'reward.text': 'If this post helped you, you can buy the author a coffee.',
    'reward.code': '{name} payment code',
  },
};

export type UiKey = keyof UiStrings;

/** The UI strings and formatters of one language. */
export function useTranslations(language: UiLanguage, timeZone: string) {
  const table = strings[language];
  const t = (key: UiKey, values: Record<string, string | number> = {}): string =>
    table[key].replace(/\{(\w+)\}/gu, (_, name: string) => String(values[name] ?? ''));
  return {
    t,
    /** Whether `label` is a UI key rather than a literal. */
    label: (label: string) => (label in table ? t(label as UiKey) : label),
    /** The text of `key` before and after its `{name}`, for an element to go between: `around('license.terms', 'license')`. */
    around: (key: UiKey, name: string): [string, string] => {
      const [before = '', after = ''] = t(key, { [name]: '\u0000' }).split('\u0000');
      return [before, after];
    },
    date: (date: Date) => formatDate(date, language, timeZone),
    month: (month: number) => formatMonth(month, language),
    year: (year: number) => (language === 'en' ? String(year) : `${year} 年`),
    readTime: (minutes: number) =>
      language === 'en' ? `${minutes} min read` : `${minutes} ${language === 'zh-TW' ? '分鐘閱讀' : '分钟阅读'}`,
    /** Names as one phrase: `张三和李四`, `张三、李四和王五`; `A, B, and C` in English. */
    names: (names: readonly string[]) => new Intl.ListFormat(language, { type: 'conjunction' }).format(names),
    /** `names`, in parts: each name (`element`) and what joins them (`literal`), for names to be links. */
    nameParts: (names: readonly string[]) =>
      new Intl.ListFormat(language, { type: 'conjunction' }).formatToParts(names),
    postCount: (count: number) => (language === 'en' ? `${count} ${count === 1 ? 'post' : 'posts'}` : `${count} 篇`),
  };
}

export type Translations = ReturnType<typeof useTranslations>;
