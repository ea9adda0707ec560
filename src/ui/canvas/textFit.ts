/**
 * Whether a flow label's text fits its room, measured with a 2D canvas (no layout). A label is
 * clipped (`overflow: hidden`, for the ellipsis) only where its text would overflow: every clip
 * is a clip node in Chromium's paint property trees, and each one splits the paint into more
 * chunks that the compositor re-layerizes on every drag frame. Kind labels stay clipped: measuring
 * them too cost more initial JavaScript than the budget had left.
 */

/** Room left for the browser's text shaping to differ from the canvas's measurement. */
const SLACK = 2;

let context: OffscreenCanvasRenderingContext2D | null | undefined;

/**
 * True only when `text` in a flow label's font (canvas.css, .tc-flow-label: 15 px semibold) is
 * certainly narrower than `width` (CSS px). Where it cannot measure (no OffscreenCanvas, as in
 * tests), it answers false: the text is clipped, as it always was.
 */
export function labelTextFits(text: string, width: number): boolean {
  if (context === undefined) {
    context =
      typeof OffscreenCanvas === "undefined" ? null : new OffscreenCanvas(1, 1).getContext("2d");
    if (context) context.font = `600 15px ${getComputedStyle(document.body).fontFamily}`;
  }
  if (!context) return false;
  return context.measureText(text).width + SLACK <= width;
}
