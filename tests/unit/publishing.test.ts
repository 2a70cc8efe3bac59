import { describe, expect, it } from 'vitest';
import { isPublished, publishingFromEnv } from '../../src/lib/publishing';

const now = new Date('2025-06-01T00:00:00Z');

describe('publishing', () => {
  it('leaves drafts and future posts out of production builds', () => {
    const options = publishingFromEnv({}, false, now);
    expect(isPublished({ draft: false, date: new Date('2025-05-31') }, options)).toBe(true);
    expect(isPublished({ draft: true, date: new Date('2025-05-31') }, options)).toBe(false);
    expect(isPublished({ draft: false, date: new Date('2025-06-02') }, options)).toBe(false);
  });

  it('shows drafts and future posts in dev', () => {
    const options = publishingFromEnv({}, true, now);
    expect(isPublished({ draft: true, date: new Date('2030-01-01') }, options)).toBe(true);
  });

  it('reads the injected build time and the future flag from the environment', () => {
    const options = publishingFromEnv({ INKSTONE_NOW: '2031-01-01', INKSTONE_FUTURE: '0' }, false, now);
    expect(options.now.toISOString()).toBe('2031-01-01T00:00:00.000Z');
    expect(isPublished({ draft: false, date: new Date('2030-01-01') }, options)).toBe(true);
    expect(() => publishingFromEnv({ INKSTONE_NOW: 'soon' }, false, now)).toThrow(
      'INKSTONE_NOW must be an ISO date, found "soon"',
    );
  });
});
