/**
 * The room the image viewer (`ImageViewer.astro`) leaves around an image, in CSS pixels: its padding beside it, and
 * above and below it its padding, a line of caption and the link to the original.
 */
const MARGIN_X = 32;
const MARGIN_Y = 144;

/**
 * The size at which an image of `width` × `height` fits a viewport of `viewportWidth` × `viewportHeight` with the
 * viewer's margins, never larger than the image itself (a small image is not blown up) unless `enlarge` says it can
 * be drawn larger without blurring (an SVG).
 *
 * @example
 * fitImage(1600, 1040, 1280, 800); // { width: 1009, height: 656 }
 * fitImage(400, 200, 1280, 800, { enlarge: true }); // { width: 1248, height: 624 }
 */
export function fitImage(
  width: number,
  height: number,
  viewportWidth: number,
  viewportHeight: number,
  { enlarge = false } = {},
) {
  const scale = Math.min(
    enlarge ? Number.POSITIVE_INFINITY : 1,
    (viewportWidth - MARGIN_X) / width,
    (viewportHeight - MARGIN_Y) / height,
  );
  return { width: Math.max(1, Math.floor(width * scale)), height: Math.max(1, Math.floor(height * scale)) };
}
