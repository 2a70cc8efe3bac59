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
