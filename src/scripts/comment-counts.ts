import { FEATURES } from './features';
import { showOnceFilled } from './show-once-filled';

/** What a Twikoo server answers `GET_COMMENTS_COUNT` with: each path asked for and its count. */
interface TwikooCounts {
  data?: { url: string; count: number }[];
}

/**
 * The counts of comments of `paths` on a Twikoo server, replies included, in their order; `undefined` for a path the
 * server did not answer for. Twikoo's client (500 KB) has no smaller part for this: its request is made here.
 */
async function twikooCounts(envId: string, paths: string[]): Promise<(number | undefined)[]> {
  const response = await fetch(envId, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ event: 'GET_COMMENTS_COUNT', urls: paths, includeReply: true }),
  });
  const { data = [] } = (await response.json()) as TwikooCounts;
  const counts = new Map(data.map(({ url, count }) => [url, count]));
  return paths.map((path) => counts.get(path));
}

/**
 * Shows how many comments each post of a list has (`PostMeta.astro`'s `data-comment-count`, the service's
 * address): one request to the service for the whole list, each count shown once it has come.
 * Nothing shows when the server cannot be reached.
 */
export function showCommentCounts() {
  if (!import.meta.env.INKSTONE_COMMENT_COUNTS) return;
  const shown = [...document.querySelectorAll<HTMLElement>(FEATURES.commentCounts)];
  const server = shown[0]?.dataset.commentCount;
  if (!server) return;
  const countOf = (element: HTMLElement) => element.querySelector<HTMLElement>('.comment-count');
  // The service's code only where the site has that service: a site with Twikoo carries none of Waline's.
  if (import.meta.env.INKSTONE_COMMENTS === 'waline') {
    // Waline's own: it writes each count into the element of the post's path.
    for (const element of shown) {
      const count = countOf(element);
      if (count) showOnceFilled(element, count);
    }
    void import('@waline/client/comment').then(({ commentCount }) =>
      commentCount({
        serverURL: server,
        selector: `${FEATURES.commentCounts} .comment-count`,
        lang: document.documentElement.lang,
      }),
    );
    return;
  }
  const paths = shown.map((element) => countOf(element)?.dataset.path ?? '');
  twikooCounts(server, paths)
    .then((counts) => {
      shown.forEach((element, index) => {
        const count = countOf(element);
        if (counts[index] === undefined || !count) return;
        count.textContent = String(counts[index]);
        element.hidden = false;
      });
    })
    .catch(() => {
      // The counts stay hidden.
    });
}
