import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashFiles } from '../../src/lib/file-hash.ts';

describe('hashFiles', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'inkstone-hash-'));
  writeFileSync(path.join(dir, 'a.png'), 'first');
  writeFileSync(path.join(dir, 'b.png'), 'second');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('changes with the bytes, the names, their order and the seed', () => {
    const before = hashFiles(dir, ['a.png', 'b.png']);
    expect(hashFiles(dir, ['./a.png', 'b.png'])).not.toBe(before);
    expect(hashFiles(dir, ['b.png', 'a.png'])).not.toBe(before);
    expect(hashFiles(dir, ['a.png', 'b.png'], 'options')).not.toBe(before);
    writeFileSync(path.join(dir, 'b.png'), 'changed');
    expect(hashFiles(dir, ['a.png', 'b.png'])).not.toBe(before);
    writeFileSync(path.join(dir, 'b.png'), 'second');
    expect(hashFiles(dir, ['a.png', 'b.png'])).toBe(before);
  });

  it('counts a missing file as empty', () => {
    writeFileSync(path.join(dir, 'empty.png'), '');
    expect(hashFiles(dir, ['gone.png'])).not.toBe(hashFiles(dir, ['empty.png']));
    expect(hashFiles(dir, ['gone.png'])).toBe(hashFiles(dir, ['gone.png']));
  });
});
