import { describe, expect, it } from 'vitest';
import { POSTS_PER_WORKER, renderWorkers } from '../../src/lib/render-workers.ts';

describe('renderWorkers', () => {
  it('starts one worker for a few posts, whatever the cores', () => {
    expect(renderWorkers(0, 2)).toBe(1);
    expect(renderWorkers(1, 8)).toBe(1);
    expect(renderWorkers(POSTS_PER_WORKER, 8)).toBe(1);
  });

  it('starts one more for each further share of posts, up to one per core', () => {
    expect(renderWorkers(POSTS_PER_WORKER + 1, 8)).toBe(2);
    expect(renderWorkers(3 * POSTS_PER_WORKER, 8)).toBe(3);
    expect(renderWorkers(1000, 2)).toBe(2);
    expect(renderWorkers(100_000, 2)).toBe(2);
    expect(renderWorkers(100_000, 1)).toBe(1);
  });
});
