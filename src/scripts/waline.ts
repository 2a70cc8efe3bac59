import { init, type WalineInitOptions } from '@waline/client';
import stylesheet from '@waline/client/waline.css?url';

/**
 * Waline's comments in `frame`, with the options `PostComments.astro` wrote in its `data-waline` (the server, the
 * post's path, the language, sign-in, required fields, emoji and reactions). Dark with the page (Waline's own dark
 * colours under `html[data-theme="dark"]`); no GIF search, which would ask Giphy, and no counts of views.
 */
export function loadWaline(frame: HTMLElement) {
  // Its stylesheet by its address, so that pages link it only now (imported, it would be linked by every post page).
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesheet });
  document.head.append(link);
  const options = JSON.parse(frame.dataset.waline ?? '{}') as WalineInitOptions;
  init({ ...options, el: frame, dark: 'html[data-theme="dark"]', search: false, pageview: false, comment: false });
}
