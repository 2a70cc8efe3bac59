/** Where giscus is served from, and the origin its frame posts to and is posted to. */
const GISCUS = 'https://giscus.app';

/** The page's theme as giscus names its own: `light` or `dark`, as `ThemeScript` and the toggle set it. */
const theme = () => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');

/**
 * Loads a post's comments (`PostComments.astro`) when the reader asks for them: giscus' script, given the frame's
 * `data-*` attributes and the page's theme, which replaces the button and its note with its own frame. Until then the
 * page connects to neither giscus.app nor GitHub. The comments follow the page's theme when the reader switches it.
 */
export function enableComments() {
  const frame = document.querySelector<HTMLElement>('[data-comments]');
  const button = document.querySelector<HTMLButtonElement>('[data-comments-load]');
  if (!frame || !button) return;
  button.addEventListener(
    'click',
    () => {
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
      button.hidden = true;
    },
    { once: true },
  );
  new MutationObserver(() => {
    const giscus = frame.querySelector<HTMLIFrameElement>('iframe.giscus-frame');
    giscus?.contentWindow?.postMessage({ giscus: { setConfig: { theme: theme() } } }, GISCUS);
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
}
