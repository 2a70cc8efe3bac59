import { pageviewCount } from '@waline/client/pageview';
import { showOnceFilled } from './show-once-filled';

/**
 * Counts this read of the post on the Waline server and shows how many there have been (`PostMeta`'s `data-pageviews`,
 * the server's address): the count goes in the element's `.waline-pageview-count`, under the post's own path, and the
 * element shows once it is there. Nothing shows when the server cannot be reached.
 */
export function countPageviews(element: HTMLElement) {
  const count = element.querySelector<HTMLElement>('.waline-pageview-count');
  const serverURL = element.dataset.pageviews;
  if (!count || !serverURL) return;
  showOnceFilled(element, count);
  pageviewCount({ serverURL, path: count.dataset.path, lang: document.documentElement.lang });
}
