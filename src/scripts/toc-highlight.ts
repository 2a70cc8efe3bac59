/** How far below the top of the viewport a heading still counts as the current section, in pixels. */
const OFFSET = 96;

/**
 * Marks the table-of-contents links of the section being read with
 * `aria-current="location"` as the reader scrolls. Without it, the contents
 * are plain links.
 *
 * The section the page's address leads to (`#deepseek-r1`) is the one being read while its heading is in the upper
 * half of the window, below the others that passed its top: a link with a text directive, as the search page's, puts
 * the words it leads to in the middle of the window, its section's heading above them, not at the top.
 */
export function highlightCurrentSection() {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];
  const ids = [...new Set(links.map((link) => decodeURIComponent(link.hash.slice(1))))];
  const headings = ids.map((id) => document.getElementById(id)).filter((h): h is HTMLElement => h !== null);
  if (headings.length === 0) return;
  let frame = 0;
  const update = () => {
    frame = 0;
    const passed = headings.filter((h) => h.getBoundingClientRect().top < OFFSET);
    const target = headings.find((h) => h.id === decodeURIComponent(location.hash.slice(1)));
    const top = target?.getBoundingClientRect().top ?? Infinity;
    const sentTo =
      target && top < innerHeight / 2 && !passed.some((h) => headings.indexOf(h) > headings.indexOf(target));
    const current = sentTo ? target.id : passed.at(-1)?.id;
    for (const link of links) {
      if (current !== undefined && decodeURIComponent(link.hash.slice(1)) === current)
        link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
  };
  addEventListener('scroll', () => (frame ||= requestAnimationFrame(update)), { passive: true });
  addEventListener('hashchange', update);
  update();
}
