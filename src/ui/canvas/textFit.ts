/**
 * Shortening a line of canvas text to the room it has, with an ellipsis, without a clip. CSS's
 * text-overflow needs overflow: hidden, and a clip gives its box a paint property node of its
 * own: the browser's paint then splits the element in three chunks, and every frame's
 * layerization walks them all, on every element and label of the diagram (at 1,000 elements,
 * a fifth of a keystroke's cost). The shortened text is made here instead.
 *
 * Widths are measured with a 2D canvas in the page's font, once per text and font; where no
 * canvas can measure (tests, a browser without one), a bound no font's glyphs exceed is used.
 */

/** Widest glyph of any font the canvas uses, in ems (CJK and emoji: 1 em; "W", "M": < 1 em). */
const WIDEST_GLYPH_EM = 1.15;
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
const widths = new Map<string, number>();

function measuringContext(): CanvasRenderingContext2D | null {
  if (context !== undefined) return context;
  if (typeof document === "undefined") return (context = null);
  context = document.createElement("canvas").getContext("2d");
  family = getComputedStyle(document.body).fontFamily || "sans-serif";
  return context;
}

/** Width in px of `text` drawn in `font` (an upper bound when it cannot be measured). */
export function textWidth(text: string, font: CanvasFont): number {
  const key = `${font.weight} ${font.size}|${text}`;
  let width = widths.get(key);
  if (width !== undefined) return width;
  const ctx = measuringContext();
  if (ctx) {
    ctx.font = `${font.weight} ${font.size}px ${family}`;
    width = ctx.measureText(text).width;
  } else {
    width = Array.from(text).length * font.size * WIDEST_GLYPH_EM;
  }
  widths.set(key, width);
  return width;
}

/** Whether `text` in `font` may need more than `room` px. */
export function mayOverflow(text: string, font: CanvasFont, room: number): boolean {
  return textWidth(text, font) > room - SLACK_PX;
}

const ELLIPSIS = "\u2026";
const fitted = new Map<string, string>();

/**
 * `text` if it fits in `room` px, else its longest start (whole code points, trailing spaces
 * dropped) that fits with an ellipsis after it; just the ellipsis when nothing else fits.
 */
export function fitText(text: string, font: CanvasFont, room: number): string {
  if (!mayOverflow(text, font, room)) return text;
  const key = `${font.weight} ${font.size} ${Math.floor(room)}|${text}`;
  const known = fitted.get(key);
  if (known !== undefined) return known;
  const points = Array.from(text);
  // Longest prefix whose shortened form fits: widths grow with length, so bisect.
  let fits = 0;
  let tooLong = points.length;
  while (tooLong - fits > 1) {
    const mid = (fits + tooLong) >> 1;
    const candidate = points.slice(0, mid).join("").trimEnd() + ELLIPSIS;
    if (mayOverflow(candidate, font, room)) tooLong = mid;
    else fits = mid;
  }
  const out = points.slice(0, fits).join("").trimEnd() + ELLIPSIS;
  fitted.set(key, out);
  return out;
}

/** Forget what was measured (the page's font changed; tests). */
export function forgetTextWidths(): void {
  widths.clear();
  fitted.clear();
  context = undefined;
}
