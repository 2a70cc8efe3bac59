/** How far below the top of the viewport a heading still counts as the current section, in pixels. */
const OFFSET = 96;

/**
 * Marks the table-of-contents links of the section being read with
 * `aria-current="location"` as the reader scrolls. Without it, the contents
 * are plain links.
 */
export function highlightCurrentSection() {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];
  const ids = [...new Set(links.map((link) => decodeURIComponent(link.hash.slice(1))))];
  const headings = ids.map((id) => document.getElementById(id)).filter((h): h is HTMLElement => h !== null);
  if (headings.length === 0) return;
  let frame = 0;
  const update = () => {
    frame = 0;
    const current = headings.filter((h) => h.getBoundingClientRect().top < OFFSET).at(-1)?.id;
    for (const link of links) {
      if (current !== undefined && decodeURIComponent(link.hash.slice(1)) === current)
        link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
  };
  addEventListener('scroll', () => (frame ||= requestAnimationFrame(update)), { passive: true });
  update();
}
