import { pageviewCount } from '@waline/client/pageview';

/**
 * Counts this read of the post on the Waline server and shows how many there have been (`PostMeta`'s `data-pageviews`,
 * the server's address): the count goes in the element's `.waline-pageview-count`, under the post's own path, and the
 * element shows once it is there. Nothing shows when the server cannot be reached.
 */
export function countPageviews(element: HTMLElement) {
  const count = element.querySelector<HTMLElement>('.waline-pageview-count');
  const serverURL = element.dataset.pageviews;
  if (!count || !serverURL) return;
  new MutationObserver((_, observer) => {
    element.hidden = false;
    observer.disconnect();
  }).observe(count, { childList: true, characterData: true, subtree: true });
  pageviewCount({ serverURL, path: count.dataset.path, lang: document.documentElement.lang });
}
