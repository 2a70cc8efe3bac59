/**
 * Shows `element` (hidden until then) once a service's client has written its count into `count`: a count of reads or
 * of comments shows only when it has come, never empty.
 */
export function showOnceFilled(element: HTMLElement, count: HTMLElement) {
  new MutationObserver((_, observer) => {
    element.hidden = false;
    observer.disconnect();
  }).observe(count, { childList: true, characterData: true, subtree: true });
}
