/**
 * Shortening a line of canvas text to the room it has, with an ellipsis, without a clip. CSS's
 * text-overflow needs overflow: hidden, and a clip gives its box a paint property node of its
 * own: the browser's paint then splits the element in three chunks, and every frame's
 * layerization walks them all, on every element and label of the diagram (at 1,000 elements,
 * a fifth of a keystroke's cost). The shortened text is made here instead.
 *
 * Widths are measured with a 2D canvas in the page's font, once per text and font; where no
 * canvas can measure, text is left whole.
 */

/** Canvas measurement and the page's layout may round a fraction of a pixel apart. */
const SLACK_PX = 1.5;

export interface CanvasFont {
  /** CSS font-size in px. */
  size: number;
  /** CSS font-weight. */
  weight: number;
}

let context: CanvasRenderingContext2D | null | undefined;
let family = "";
/** Widths of whole texts only: the trial starts of a shortened one are measured, not kept. */
const widths = new Map<string, number>();

/** Width in px of `text` drawn in `font`; 0 where nothing can measure it (no page, no canvas). */
export function textWidth(text: string, font: CanvasFont): number {
  const key = `${font.weight} ${font.size}|${text}`;
  let width = widths.get(key);
  if (width === undefined) widths.set(key, (width = measure(text, font)));
  return width;
}

function measure(text: string, font: CanvasFont): number {
  if (context === undefined) {
    context =
      typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
    if (context) family = getComputedStyle(document.body).fontFamily;
  }
  if (!context) return 0;
  context.font = `${font.weight} ${font.size}px ${family}`;
  return context.measureText(text).width;
}

/**
 * `text` if it fits in `room` px, else its longest start (whole code points, trailing spaces
 * dropped) that fits with an ellipsis after it; just the ellipsis when nothing else fits.
 */
export function fitText(text: string, font: CanvasFont, room: number): string {
  const limit = room - SLACK_PX;
  if (textWidth(text, font) <= limit) return text;
  const points = Array.from(text);
  // Widths grow with length: bisect for the longest start that fits.
  let fitting = 0;
  let tooLong = points.length;
  while (tooLong - fitting > 1) {
    const mid = (fitting + tooLong) >> 1;
    if (measure(shortened(points, mid), font) <= limit) fitting = mid;
    else tooLong = mid;
  }
  return shortened(points, fitting);
}

const shortened = (points: string[], length: number) =>
  points.slice(0, length).join("").trimEnd() + "\u2026";
