import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/lib/i18n';

describe('UI strings', () => {
  it('switches every string with the site language', () => {
    const zh = useTranslations('zh-CN', 'Asia/Shanghai');
    const en = useTranslations('en', 'Asia/Shanghai');
    expect(zh.t('nav.timeline')).toBe('时间线');
    expect(en.t('nav.timeline')).toBe('Timeline');
    expect(en.t('pagination.page', { n: 2 })).toBe('Page 2');
    expect(zh.readTime(3)).toBe('3 分钟阅读');
    expect(en.postCount(1)).toBe('1 post');
    expect(en.date(new Date('2025-02-08'))).toBe('8 February 2025');
  });

  it('speaks Traditional Chinese as Taiwan writes it, with its own words, quotes and dates', () => {
    const tw = useTranslations('zh-TW', 'Asia/Taipei');
    expect(tw.t('nav.timeline')).toBe('時間軸');
    expect(tw.t('search.title')).toBe('搜尋');
    expect(tw.t('code.copy')).toBe('複製');
    expect(tw.t('comments.load')).toBe('載入留言');
    expect(tw.t('search.none', { query: '向量' })).toBe('沒有找到與「向量」相關的內容。');
    expect(tw.t('license.terms', { license: 'CC BY 4.0' })).toBe('本文採用 CC BY 4.0 授權條款，轉載請註明作者和出處。');
    expect(tw.readTime(3)).toBe('3 分鐘閱讀');
    expect(tw.postCount(3)).toBe('3 篇');
    expect(tw.date(new Date('2025-02-08T00:00:00Z'))).toBe('2025年2月8日');
    expect(tw.year(2025)).toBe('2025 年');
    expect(tw.names(['張三', '李四', '王五'])).toBe('張三、李四和王五');
  });

  it('names several people as one phrase, in the way of each language', () => {
    const zh = useTranslations('zh-CN', 'UTC');
    const en = useTranslations('en', 'UTC');
    expect(zh.names(['张三'])).toBe('张三');
    expect(zh.names(['张三', '李四'])).toBe('张三和李四');
    expect(zh.names(['张三', '李四', '王五'])).toBe('张三、李四和王五');
    expect(en.names(['Ann', 'Bo', 'Cy'])).toBe('Ann, Bo, and Cy');
    expect(zh.nameParts(['张三', '李四']).map((part) => `${part.type}:${part.value}`)).toEqual([
      'element:张三',
      'literal:和',
      'element:李四',
    ]);
  });

  it('treats unknown nav labels as literal text', () => {
    expect(useTranslations('en', 'UTC').label('About')).toBe('About');
    expect(useTranslations('en', 'UTC').label('nav.home')).toBe('Home');
  });
});
