import { afterEach, describe, expect, it } from 'vitest';
import {
  formatDate,
  formatMonth,
  isCalendarDateString,
  isDateTimeString,
  isoDayOfInstant,
  parsePostDate,
  toIsoDate,
} from '../../src/lib/dates';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

const zones = ['UTC', 'America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];

describe('calendar dates', () => {
  it.each(zones)('shows 2025-02-08 as 8 February 2025 when the machine runs in %s', (zone) => {
    process.env.TZ = zone;
    const date = new Date('2025-02-08');
    expect(formatDate(date, 'en', 'Asia/Shanghai')).toBe('8 February 2025');
    expect(formatDate(date, 'zh-CN', 'America/Los_Angeles')).toBe('2025年2月8日');
    expect(toIsoDate(date, 'Pacific/Pago_Pago')).toBe('2025-02-08');
  });

  it('shows a date-time as its day in the site time zone', () => {
    const instant = new Date('2025-02-08T20:30:00-08:00');
    expect(toIsoDate(instant, 'America/Los_Angeles')).toBe('2025-02-08');
    expect(toIsoDate(instant, 'Asia/Shanghai')).toBe('2025-02-09');
  });

  it.each(zones)('reads a date-time without offset in the site time zone, on a machine in %s', (zone) => {
    process.env.TZ = zone;
    expect(parsePostDate('2025-02-08T09:30:00', 'Asia/Shanghai').toISOString()).toBe('2025-02-08T01:30:00.000Z');
    expect(parsePostDate('2025-07-01T09:30', 'America/Los_Angeles').toISOString()).toBe('2025-07-01T16:30:00.000Z');
    expect(parsePostDate('2025-02-08T09:30:00Z', 'Asia/Shanghai').toISOString()).toBe('2025-02-08T09:30:00.000Z');
  });

  it('gives the day an instant falls on in the site time zone, midnight UTC included', () => {
    expect(isoDayOfInstant(new Date('2025-02-08T00:00:00Z'), 'America/Los_Angeles')).toBe('2025-02-07');
    expect(isoDayOfInstant(new Date('2025-02-08T20:00:00Z'), 'Asia/Shanghai')).toBe('2025-02-09');
  });

  it('names months in the site language', () => {
    expect(formatMonth(2, 'zh-CN')).toBe('二月');
    expect(formatMonth(2, 'en')).toBe('February');
  });

  it('tells real dates from impossible ones', () => {
    expect(isCalendarDateString('2024-02-29')).toBe(true);
    expect(isCalendarDateString('2025-02-29')).toBe(false);
    expect(isCalendarDateString('2025-13-45')).toBe(false);
    expect(isDateTimeString('2025-02-08T09:30:00+08:00')).toBe(true);
    expect(isDateTimeString('2025-02-08T25:30:00Z')).toBe(false);
  });
});
