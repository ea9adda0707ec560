/**
 * Whether a line of text fits a width, measured with a 2D canvas (no layout, once per text and
 * font). The canvas uses it to clip text (`overflow: hidden` for an ellipsis) only where it
 * would overflow: every clip is a clip node in Chromium's paint property trees, and each one
 * splits the paint into more chunks that the compositor re-layerizes on every drag frame (about
 * 1.5 ms of a 200-element frame for the clips of flow labels, kind labels and kind icons).
 */

/** Room left for the browser's text shaping to differ from the canvas's measurement. */
const SLACK = 2;
const MAX_CACHED = 5000;

type Measure = (text: string, font: string) => number;

let measure: Measure | null | undefined;
const widths = new Map<string, number>();
let family: string | undefined;

/**
 * True only when `text` in `font` is certainly narrower than `width` (CSS px). Where it cannot
 * measure (no canvas, as in jsdom), it answers false: the text is clipped, as it always was.
 */
export function fitsWithin(text: string, font: string, width: number): boolean {
  if (text === "") return true;
  const measured = textWidth(text, font);
  return measured !== null && measured + SLACK <= width;
}

/** A CSS font shorthand in the app's own family (read once from the page). */
export function appFont(sizePx: number, weight = 400): string {
  family ??= readFamily();
  return `${weight} ${sizePx}px ${family}`;
}

/** Width of `text` in `font` (CSS px), or null where it cannot be measured. */
export function textWidth(text: string, font: string): number | null {
  measure ??= createMeasure();
  if (!measure) return null;
  const key = `${font}\n${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    if (widths.size >= MAX_CACHED) widths.clear();
    width = measure(text, font);
    widths.set(key, width);
  }
  return width;
}

function createMeasure(): Measure | null {
  if (typeof OffscreenCanvas === "undefined") return null;
  const context = new OffscreenCanvas(1, 1).getContext("2d");
  if (!context) return null;
  return (text, font) => {
    context.font = font;
    return context.measureText(text).width;
  };
}

function readFamily(): string {
  const fromPage =
    typeof document !== "undefined" && document.body
      ? getComputedStyle(document.body).fontFamily
      : "";
  return fromPage || "sans-serif";
}
