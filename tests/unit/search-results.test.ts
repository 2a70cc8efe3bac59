import { describe, expect, it } from 'vitest';
import { bestSection, exactMatchesFirst, excerptParts, normalizeForMatch } from '../../src/lib/search-results.ts';

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

  it('leaves other markup as text, never as elements', () => {
    expect(excerptParts('<img src=x onerror=alert(1)>')).toEqual([
      { text: '<img src=x onerror=alert(1)>', mark: false },
    ]);
  });
});
