import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatReadTime, minutesToRead, parseReadTime, readingMinutes } from '../../src/lib/reading-time';

const seedBody = readFileSync(new URL('../../content/blogs/gpt-and-deepseek.md', import.meta.url), 'utf8')
  .split('---')
  .slice(2)
  .join('---');

describe('reading time', () => {
  it('counts CJK characters and Latin words at their own rates', () => {
    expect(minutesToRead('字'.repeat(400))).toBeCloseTo(1);
    expect(minutesToRead('word '.repeat(230))).toBeCloseTo(1);
    expect(minutesToRead(`${'字'.repeat(400)} ${'word '.repeat(230)}`)).toBeCloseTo(2);
  });

  it('reads the seed post (about 2,250 Chinese characters and 200 words) in 6 minutes', () => {
    // The seed's authored `3 min read` is optimistic; authored values win on the page.
    expect(readingMinutes({ prose: seedBody, code: '' })).toBe(6);
  });

  it('counts code lighter than prose', () => {
    const code = 'const answer = compute(value);\n'.repeat(200);
    expect(readingMinutes({ prose: '', code })).toBeLessThan(readingMinutes({ prose: code, code: '' }));
  });

  it('never says less than one minute', () => {
    expect(readingMinutes({ prose: '短', code: '' })).toBe(1);
  });

  it('formats and parses the authored forms', () => {
    expect(formatReadTime(4)).toBe('4 min read');
    expect(parseReadTime('3 min read')).toBe(3);
    expect(parseReadTime('5 分钟')).toBe(5);
    expect(parseReadTime('5 分鐘')).toBe(5);
    expect(parseReadTime('soon')).toBeUndefined();
  });
});
