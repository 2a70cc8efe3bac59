import { FEATURES } from './features';
import { enableImageViewer } from './image-viewer';
import { enableTabs } from './tabs';
import { enableTexCopy } from './tex-copy';

/**
 * What the text of a post or of a page of its own does in the browser. Tabs rearrange the page and the image viewer
 * serves most posts: at once. What only some have, and only wires up what is already drawn, is loaded where the page
 * has it, so that a page without it carries none of its code.
 */
export function enableArticle() {
  enableImageViewer();
  enableTabs();
  enableTexCopy();
  const has = (selector: string) => document.querySelector(selector) !== null;
  if (has(FEATURES.codeCopy)) void import('./code-copy').then((script) => script.enableCodeCopy());
  if (has(FEATURES.diagrams)) void import('./diagrams').then((script) => script.enableDiagrams());
  if (has(FEATURES.embeds)) void import('./embeds').then((script) => script.enableEmbeds());
  if (import.meta.env.INKSTONE_COMMENTS && has(FEATURES.comments))
    void import('./comments').then((script) => script.enableComments());
  const views = import.meta.env.INKSTONE_PAGEVIEWS && document.querySelector<HTMLElement>(FEATURES.pageviews);
  if (views) void import('./pageviews').then((script) => script.countPageviews(views));
}
