/**
 * Posts to render for each render worker started. A worker's start (its modules, Shiki, KaTeX) costs about as much as
 * rendering a hundred posts, and V8's collector already keeps a second core busy beside one worker. On two cores, one
 * worker rendered 20 of the benchmark's posts in 2.6 s where two took 3.0 s, 300 posts as fast as two (8.2 s) for a
 * quarter less CPU, and 1000 posts 11% slower (19.6 s against 17.3 s); a clean build of 100 of them took 12.8 to 16.7 s
 * with one, 13.6 to 17.0 s with two (three builds each), of 300 about the same with either (21 to 23 s).
 */
export const POSTS_PER_WORKER = 300;

/**
 * How many render workers to start for `posts` posts on `cores` cores: one for every {@link POSTS_PER_WORKER} posts or
 * part of them, at least one and at most one per core.
 *
 * @example
 *   renderWorkers(20, 2); // 1
 *   renderWorkers(300, 2); // 1
 *   renderWorkers(1000, 2); // 2
 *   renderWorkers(5000, 4); // 4
 */
export function renderWorkers(posts: number, cores: number): number {
  return Math.max(1, Math.min(cores, Math.ceil(posts / POSTS_PER_WORKER)));
}
