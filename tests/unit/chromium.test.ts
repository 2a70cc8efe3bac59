import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chromiumPath } from '../chromium.ts';

describe('chromiumPath', () => {
  it('takes the browser INKSTONE_CHROMIUM names', () => {
    expect(chromiumPath({ INKSTONE_CHROMIUM: '/opt/chrome/chrome' })).toBe('/opt/chrome/chrome');
  });

  it.runIf(existsSync('/usr/bin/chromium-headless-shell'))(
    "takes Debian's headless shell before its whole browser",
    () => {
      expect(chromiumPath({})).toBe('/usr/bin/chromium-headless-shell');
    },
  );

  it.runIf(!existsSync('/usr/bin/chromium-headless-shell') && existsSync('/usr/bin/chromium'))(
    "takes Debian's whole browser without its headless shell",
    () => {
      expect(chromiumPath({})).toBe('/usr/bin/chromium');
    },
  );
});
