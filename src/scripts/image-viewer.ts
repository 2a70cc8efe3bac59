import { fitImage } from '../lib/image-fit';

/** A plain click, which the viewer takes; a click with a modifier key or another button opens the original as a link. */
const isPlainClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/**
 * Opens a post's image (`a.image-link`, which leads to the full-size original without JavaScript) in the page's image
 * viewer, `dialog.image-viewer` (`ImageViewer.astro`): the same picture, as large as the window allows and no larger
 * than the original (an SVG fills the window), in the sources the browser picks for that size, with the figure's caption and a
 * link to the original; the version the page shows stands in while the larger one loads. In a post with several
 * images, ← and → show the one before or after (and the viewer says which of how many it shows). Escape, the close
 * button or a click anywhere but the link closes it, and the link of the image shown last has the focus again.
 */
export function enableImageViewer() {
  const viewer = document.querySelector<HTMLDialogElement>('dialog.image-viewer');
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.prose a.image-link')];
  if (!viewer || links.length === 0) return;
  const frame = viewer.querySelector<HTMLElement>('.image-viewer__picture')!;
  const caption = viewer.querySelector<HTMLElement>('.image-viewer__caption')!;
  // Made when an image opens: a link without an address is one search engines cannot follow.
  const original = document.createElement('a');
  original.className = 'image-viewer__original';
  original.textContent = viewer.dataset.original ?? '';
  const label = viewer.getAttribute('aria-label') ?? '';
  // Which image of how many: shown when the post has more than one.
  const position = document.createElement('p');
  position.className = 'image-viewer__position';
  let opener: HTMLAnchorElement | undefined;
  let first: HTMLAnchorElement | undefined;

  /** Sizes the shown image to the window, and tells the browser which of its sources that needs. */
  const fit = () => {
    const img = frame.querySelector('img');
    if (!img) return;
    const width = Number(img.getAttribute('width')) || img.naturalWidth;
    const height = Number(img.getAttribute('height')) || img.naturalHeight;
    // A vector image is drawn as sharp at any size: it fills the window.
    const enlarge = /\.svg(?:[?#]|$)/iu.test(img.getAttribute('src') ?? '');
    // The room the open viewer has: the window but the scroll bar's gutter, which the page keeps while it is locked.
    const size = fitImage(width, height, viewer.clientWidth, window.innerHeight, { enlarge });
    img.style.width = `${size.width}px`;
    img.style.height = `${size.height}px`;
    for (const element of frame.querySelectorAll('source, img')) element.setAttribute('sizes', `${size.width}px`);
  };

  const open = (link: HTMLAnchorElement) => {
    // An optimized image's `<picture>`, with its sources; an image served as it is (GIF, SVG) alone.
    const shown = link.querySelector('img');
    if (!shown) return false;
    const copy = (shown.closest('picture') ?? shown).cloneNode(true) as HTMLElement;
    const img = copy instanceof HTMLImageElement ? copy : copy.querySelector('img')!;
    img.loading = 'eager';
    img.removeAttribute('fetchpriority');
    // The version the page shows, stretched, until the larger one is there.
    if (shown.currentSrc) {
      img.style.background = `url("${shown.currentSrc}") center / 100% 100% no-repeat`;
      img.addEventListener('load', () => img.style.removeProperty('background'), { once: true });
    }
    frame.replaceChildren(copy);
    const figcaption = link.closest('figure')?.querySelector('figcaption');
    caption.textContent = figcaption?.textContent ?? '';
    caption.hidden = !figcaption;
    original.setAttribute('href', link.getAttribute('href')!);
    if (!original.isConnected) viewer.append(original);
    viewer.setAttribute('aria-label', shown.alt || figcaption?.textContent || label);
    if (links.length > 1) {
      position.textContent = `${links.indexOf(link) + 1} / ${links.length}`;
      if (!position.isConnected) caption.before(position);
    }
    opener = link;
    if (!viewer.open) {
      first = link;
      viewer.showModal();
    }
    // Open, so that it has its size; in the same task, so the image is never drawn at another.
    fit();
    return true;
  };

  for (const link of links) {
    // Screen readers say that the link opens a dialog, where it would lead away without the viewer.
    link.setAttribute('aria-haspopup', 'dialog');
    link.addEventListener('click', (event) => {
      if (isPlainClick(event) && open(link)) event.preventDefault();
    });
  }
  // A click on the image or around it closes the viewer; one on the link to the original follows it.
  viewer.addEventListener('click', (event) => {
    if (!(event.target instanceof Element && event.target.closest('.image-viewer__original'))) viewer.close();
  });
  viewer.addEventListener('keydown', (event) => {
    const step = event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : 0;
    const next = step && opener && links[links.indexOf(opener) + step];
    if (!next) return;
    event.preventDefault();
    open(next);
  });
  viewer.addEventListener('close', () => {
    frame.replaceChildren();
    // The page stays where it was, unless the reader went on to another image: then it shows that one.
    opener?.focus({ preventScroll: opener === first });
    opener = undefined;
  });
  window.addEventListener('resize', () => {
    if (viewer.open) fit();
  });
}
