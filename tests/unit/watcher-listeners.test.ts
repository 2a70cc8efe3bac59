import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { listenAgain } from '../../src/lib/watcher-listeners';

describe('listenAgain', () => {
  it('replaces what a key listened with, so a second sync does not run a listener twice', () => {
    const watcher = new EventEmitter();
    const heard: string[] = [];
    listenAgain(watcher, 'a', { change: (file) => heard.push(`first ${file}`) });
    listenAgain(watcher, 'a', { change: (file) => heard.push(`second ${file}`) });
    listenAgain(watcher, 'b', { change: (file) => heard.push(`b ${file}`), add: (file) => heard.push(`b+ ${file}`) });
    watcher.emit('change', 'x.md');
    watcher.emit('add', 'y.md');
    expect(heard).toEqual(['second x.md', 'b x.md', 'b+ y.md']);
  });

  it('listens again after every listener was removed, as Astro does before syncing every collection', () => {
    const watcher = new EventEmitter();
    const heard: string[] = [];
    listenAgain(watcher, 'a', { change: (file) => heard.push(file) });
    watcher.removeAllListeners();
    listenAgain(watcher, 'a', { change: (file) => heard.push(file) });
    watcher.emit('change', 'x.md');
    expect(heard).toEqual(['x.md']);
    expect(watcher.listenerCount('change')).toBe(1);
  });
});
