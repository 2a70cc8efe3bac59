import { describe, expect, it } from 'vitest';
import { outdatedText } from '../../src/lib/outdated';

const at = (date: string) => Date.parse(date);
const zh = '本文最后更新于{ago}，其中的信息可能已经过时。';

describe('outdatedText', () => {
  it('says how long ago a post old enough was last changed, in whole years, months or days', () => {
    expect(outdatedText('2024-01-01', at('2026-02-01'), 365, zh, 'zh-CN')).toBe(
      '本文最后更新于2年前，其中的信息可能已经过时。',
    );
    expect(outdatedText('2025-01-01', at('2025-05-01'), 90, zh, 'zh-CN')).toBe(
      '本文最后更新于4个月前，其中的信息可能已经过时。',
    );
    expect(outdatedText('2025-01-01', at('2025-01-11'), 7, '{ago}', 'en')).toBe('10 days ago');
    expect(outdatedText('2025-01-01', at('2026-01-01'), 365, 'Updated {ago}.', 'en')).toBe('Updated 1 year ago.');
  });

  it('says nothing of a younger post, or when the site asks for no notice', () => {
    expect(outdatedText('2025-01-02', at('2026-01-01'), 365, zh, 'zh-CN')).toBeUndefined();
    expect(outdatedText('2020-01-01', at('2026-01-01'), 0, zh, 'zh-CN')).toBeUndefined();
  });

  it('uses nothing from outside itself, as the page runs its source on its own', () => {
    const copy = new Function(`return ${outdatedText.toString()}`)() as typeof outdatedText;
    expect(copy('2024-01-01', at('2026-02-01'), 365, '{ago}', 'zh-CN')).toBe('2年前');
  });
});
