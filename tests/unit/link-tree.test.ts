import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linkTree } from '../../src/lib/link-tree.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'inkstone-link-tree-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A folder `name` with a file at its top and one two folders down. */
function tree(name: string) {
  const dir = path.join(root, name);
  mkdirSync(path.join(dir, 'fragment/zh'), { recursive: true });
  writeFileSync(path.join(dir, 'entry.json'), '{"version":"1"}');
  writeFileSync(path.join(dir, 'fragment/zh/a.pf_fragment'), 'a');
  return dir;
}

describe('linkTree', () => {
  it('puts every file at the same path as a hard link, replacing what is there', () => {
    const from = tree('from');
    const to = path.join(root, 'to');
    mkdirSync(to);
    writeFileSync(path.join(to, 'entry.json'), 'an older index');
    expect(linkTree(from, to)).toBe('linked');
    for (const file of ['entry.json', 'fragment/zh/a.pf_fragment']) {
      expect(statSync(path.join(to, file)).ino).toBe(statSync(path.join(from, file)).ino);
    }
    expect(readFileSync(path.join(to, 'entry.json'), 'utf8')).toBe('{"version":"1"}');
  });

  it('copies the files where no link can be made', () => {
    const from = tree('from-2');
    const to = path.join(root, 'to-2');
    const link = () => {
      throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
    };
    expect(linkTree(from, to, { link })).toBe('copied');
    for (const file of ['entry.json', 'fragment/zh/a.pf_fragment']) {
      expect(statSync(path.join(to, file)).ino).not.toBe(statSync(path.join(from, file)).ino);
      expect(readFileSync(path.join(to, file), 'utf8')).toBe(readFileSync(path.join(from, file), 'utf8'));
    }
  });
});
