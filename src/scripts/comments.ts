import { FEATURES } from './features';

/** Where giscus is served from, and the origin its frame posts to and is posted to. */
const GISCUS = 'https://giscus.app';

/** The page's theme as giscus names its own: `light` or `dark`, as `ThemeScript` and the toggle set it. */
const theme = () => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');

/**
 * giscus' script, given the frame's `data-*` attributes and the page's theme; it puts its own frame in the given one.
 * The comments follow the page's theme when the reader switches it.
 */
function loadGiscus(frame: HTMLElement) {
  const script = document.createElement('script');
  script.src = `${GISCUS}/client.js`;
  script.async = true;
  script.crossOrigin = 'anonymous';
  // giscus' own: not the frame's mark, nor the scope Astro gives its styles.
  for (const { name, value } of frame.attributes) {
    const own = name.startsWith('data-') && name !== 'data-comments' && !name.startsWith('data-astro-');
    if (own) script.setAttribute(name, value);
  }
  script.dataset.theme = theme();
  frame.append(script);
  new MutationObserver(() => {
    const giscus = frame.querySelector<HTMLIFrameElement>('iframe.giscus-frame');
    giscus?.contentWindow?.postMessage({ giscus: { setConfig: { theme: theme() } } }, GISCUS);
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
}

/**
 * Loads a post's comments (`PostComments.astro`) when the reader asks for them, by the service the frame names
 * (`data-comments`): giscus' script from giscus.app, or Waline's or Twikoo's client, which comes with the site and is
 * fetched only then. Until then the page connects to neither service.
 */
export function enableComments() {
  const frame = document.querySelector<HTMLElement>(FEATURES.comments);
  const button = document.querySelector<HTMLButtonElement>('[data-comments-load]');
  if (!frame || !button) return;
  button.addEventListener(
    'click',
    () => {
      button.hidden = true;
      // Waline's or Twikoo's client only where the site has that service: a site without it carries none of it.
      if (import.meta.env.INKSTONE_COMMENTS === 'waline')
        void import('./waline').then((waline) => waline.loadWaline(frame));
      else if (import.meta.env.INKSTONE_COMMENTS === 'twikoo')
        void import('./twikoo').then((twikoo) => twikoo.loadTwikoo(frame));
      else loadGiscus(frame);
    },
    { once: true },
  );
}
