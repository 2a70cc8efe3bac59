import { describe, expect, it } from 'vitest';
import {
  bestSection,
  exactMatchesFirst,
  excerptParts,
  normalizeForMatch,
  phraseMatchesFirst,
  phraseQuery,
  RESULTS_PER_BATCH,
  searchTermsOfPath,
  sectionHref,
  textDirective,
} from '../../src/lib/search-results.ts';

const section = (url: string, locations: number[]) => ({ title: url, url, excerpt: '', locations });

describe('normalizeForMatch', () => {
  it('ignores case and white space, so spacing between Chinese and Latin does not matter', () => {
    expect(normalizeForMatch('DeepSeek 模型')).toBe(normalizeForMatch('deepseek模型'));
  });

  it('drops the zero-width spaces Pagefind puts between the Chinese words it segmented', () => {
    expect(normalizeForMatch('强化\u200B学习')).toBe('强化学习');
  });
});

describe('exactMatchesFirst', () => {
  const hits = [
    { id: 'apart', content: '上下文很长的时候，学习会变慢。' },
    { id: 'exact', content: 'GPT-3 模型拥有了上下文学习能力' },
    { id: 'also-exact', content: '所谓上下文 学习，就是……' },
  ];

  it('puts pages containing the whole query before pages with its words apart, keeping the order within each', () => {
    expect(exactMatchesFirst('上下文学习', hits).map((hit) => hit.id)).toEqual(['exact', 'also-exact', 'apart']);
  });

  it('keeps the order when nothing matches exactly or the query is blank', () => {
    expect(exactMatchesFirst('强化学习', hits).map((hit) => hit.id)).toEqual(['apart', 'exact', 'also-exact']);
    expect(exactMatchesFirst('  ', hits).map((hit) => hit.id)).toEqual(['apart', 'exact', 'also-exact']);
  });
});

describe('phraseQuery', () => {
  it('quotes the query once, dropping quotes the reader typed', () => {
    expect(phraseQuery(' DeepSeek 模型 ')).toBe('"DeepSeek 模型"');
    expect(phraseQuery('"上下文学习"')).toBe('"上下文学习"');
  });
});

describe('phraseMatchesFirst', () => {
  const ids = (results: { id: string }[]) => results.map((result) => result.id);
  // Pagefind's ranking: 120 pages with the query's words, of which the 61st and 110th have them as a phrase.
  const ranked = Array.from({ length: 120 }, (_, i) => ({ id: `page-${i + 1}` }));
  const phraseHits = [{ id: 'page-110' }, { id: 'page-61' }];

  it('brings phrase hits ranked beyond the first batch to its top, in the plain ranking, the others after', () => {
    const merged = ids(phraseMatchesFirst(ranked, phraseHits));
    expect(merged.slice(0, 3)).toEqual(['page-61', 'page-110', 'page-1']);
    expect(merged[RESULTS_PER_BATCH]).toBe('page-49');
  });

  it('lists every result once, so the count stays that of the plain search', () => {
    const merged = ids(phraseMatchesFirst(ranked, phraseHits));
    expect(merged).toHaveLength(120);
    expect(new Set(merged)).toEqual(new Set(ids(ranked)));
  });

  it('keeps the ranking when the phrase search finds nothing', () => {
    expect(phraseMatchesFirst(ranked, [])).toEqual(ranked);
  });
});

describe('bestSection', () => {
  it('picks the section with the most matches among those with their own heading anchor', () => {
    const hit = {
      sub_results: [section('/a/', [1, 2, 3, 4]), section('/a/#one', [10]), section('/a/#two', [20, 21])],
    };
    expect(bestSection(hit)?.url).toBe('/a/#two');
  });

  it('gives nothing when the only match is before the first heading', () => {
    expect(bestSection({ sub_results: [section('/a/', [1])] })).toBeUndefined();
  });
});

describe('excerptParts', () => {
  it('splits highlighted and plain text and decodes the escaped angle brackets', () => {
    expect(excerptParts('普通的 &lt;<mark>script</mark>&gt; 会<mark>阻塞</mark>解析')).toEqual([
      { text: '普通的 <', mark: false },
      { text: 'script', mark: true },
      { text: '> 会', mark: false },
      { text: '阻塞', mark: true },
      { text: '解析', mark: false },
    ]);
  });

  it("ends Pagefind's blocks of Chinese text with 。 instead of its `. `, and leaves other full stops alone", () => {
    const parts = excerptParts(
      '和DeepSeek<mark>模型</mark>. GPT. GPT-1 (1.1亿参数). 架构. 预训练。v1.0 之后<mark>模型</mark>.',
    );
    expect(parts.map(({ text }) => text).join('|')).toBe(
      '和DeepSeek|模型|。GPT. GPT-1 (1.1亿参数). 架构。预训练。v1.0 之后|模型|。',
    );
  });

  it('leaves other markup as text, never as elements', () => {
    expect(excerptParts('<img src=x onerror=alert(1)>')).toEqual([
      { text: '<img src=x onerror=alert(1)>', mark: false },
    ]);
  });
});

describe('searchTermsOfPath', () => {
  it('takes the words of an address that was not found, without route names, numbers or extensions', () => {
    expect(searchTermsOfPath('/blogs/gpt-deepseek-old/')).toBe('gpt deepseek old');
    expect(searchTermsOfPath('/blogs/%E6%B5%8F%E8%A7%88%E5%99%A8_%E6%B8%B2%E6%9F%93/')).toBe('浏览器 渲染');
    expect(searchTermsOfPath('/categories/人工智能/page/2/')).toBe('人工智能');
    expect(searchTermsOfPath('/tags/core-web-vitals/')).toBe('core web vitals');
    expect(searchTermsOfPath('/2024/05/vite.notes.html')).toBe('vite notes');
  });

  it('gives no words for the root, route names only, or an address that cannot be decoded', () => {
    expect(searchTermsOfPath('/')).toBe('');
    expect(searchTermsOfPath('/blogs/page/3/')).toBe('');
    expect(searchTermsOfPath('/blogs/%E6%B5/')).toBe('');
  });
});

describe('textDirective', () => {
  const decoded = (excerpt: string, title = '标题') => {
    const directive = textDirective({ title, excerpt });
    return directive && decodeURIComponent(directive);
  };

  it('leads to the first highlighted words, after the words of their clause that come before them', () => {
    expect(decoded('改进输出质量。其核心<mark>训练</mark>过程包括三个步骤')).toBe(':~:text=其核心-,训练');
    expect(decoded('axis has a start. So margin-left in an English <mark>layout </mark>becomes')).toBe(
      ':~:text=English-,layout',
    );
  });

  it('takes the words of the clause after them when the highlight starts a clause', () => {
    expect(decoded('文档切成小块（chunk）。块太大，<mark>检索</mark>不精确；块太小')).toBe(':~:text=检索,-不精确');
  });

  it('gives none without context, which would lead to the first use in the page (the title, the contents)', () => {
    // Running to the edge of the excerpt, where Pagefind may have cut a word, or long, context is not taken.
    expect(decoded('档来说<mark>检索</mark>效果')).toBeUndefined();
    expect(decoded(`。${'很长的一句话'.repeat(4)}<mark>检索</mark>`)).toBeUndefined();
    expect(decoded('<mark>布局</mark>')).toBeUndefined();
  });

  it("gives none for words of the section's heading, which the table of contents repeats: its anchor leads there", () => {
    expect(decoded('<mark>代码</mark>用行内代码标出. 正文', '代码用行内代码标出')).toBeUndefined();
    expect(decoded('<mark>代码</mark>块. 正文', '代码块')).toBeUndefined();
    expect(decoded('<mark>Code</mark> blocks. Text', 'Code blocks')).toBeUndefined();
  });

  it('joins highlighted words in a row, and leaves out the zero-width spaces Pagefind puts between Chinese words', () => {
    expect(decoded('。它通过<mark>人类</mark>\u200B<mark>反馈</mark><mark>强化</mark><mark>学习</mark>（RLHF）')).toBe(
      ':~:text=它通过-,人类反馈强化学习',
    );
    expect(decoded('。we <mark>render</mark> <mark>pages</mark> fast')).toBe(':~:text=we-,render pages');
  });

  it("encodes the directive's own separators and the excerpt's escaped brackets as the page's text", () => {
    expect(textDirective({ title: '', excerpt: '。Use <mark>a-b, x&lt;y&z</mark>' })).toBe(
      ':~:text=Use-,a%2Db%2C%20x%3Cy%26z',
    );
  });

  it('gives nothing for an excerpt without highlighted words', () => {
    expect(decoded('没有高亮的摘要')).toBeUndefined();
  });
});

describe('sectionHref', () => {
  it("adds the directive after the section's anchor, or leaves its URL as it is", () => {
    expect(sectionHref({ title: 'h', url: '/blogs/a/#h', excerpt: '。前面<mark>词</mark>' })).toBe(
      `/blogs/a/#h:~:text=${encodeURIComponent('前面')}-,${encodeURIComponent('词')}`,
    );
    expect(sectionHref({ title: 'h', url: '/blogs/a/#h', excerpt: '<mark>词</mark>' })).toBe('/blogs/a/#h');
  });
});
