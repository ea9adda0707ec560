import { BOLD_WIDTHS, REGULAR_WIDTHS, UNITS_PER_EM } from "./textMetrics.data";

/**
 * Text measurement without a DOM: DejaVu Sans advance widths (the font the PDF embeds and the
 * SVG names first). Characters the font lacks are estimated: wide (CJK, Hangul, full-width) as
 * one em, anything else as 0.6 em. Used for wrapping names inside shapes, in SVG and PDF alike.
 */

type Table = ReadonlyArray<readonly [number, readonly number[]]>;

/** Widths in em by code point; NaN where the font has no glyph. Every table code is below 2^16. */
function lookup(table: Table): Float64Array {
  const widthsByCode = new Float64Array(0x10000).fill(Number.NaN);
  for (const [start, widths] of table) {
    widths.forEach((width, i) => {
      if (width >= 0 && start + i < 0x10000) widthsByCode[start + i] = width / UNITS_PER_EM;
    });
  }
  return widthsByCode;
}

let regular: Float64Array | null = null;
let bold: Float64Array | null = null;

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Width of one code point, in em. Combining marks take no room. */
export function charWidth(cp: number, isBold = false): number {
  const table = isBold ? (bold ??= lookup(BOLD_WIDTHS)) : (regular ??= lookup(REGULAR_WIDTHS));
  const known = cp < 0x10000 ? table[cp]! : Number.NaN;
  if (!Number.isNaN(known)) return known;
  if (
    (cp >= 0x300 && cp <= 0x36f) ||
    cp === 0x200b ||
    cp === 0x200d ||
    (cp >= 0xfe00 && cp <= 0xfe0f)
  ) {
    return 0;
  }
  return isWide(cp) ? 1 : 0.6;
}

// Widths of words seen before, in em: a report repeats the same names and words thousands of
// times. Bounded, so a long session does not keep every word it ever measured.
const WORD_CACHE_LIMIT = 50_000;
const wordCache = [new Map<string, number>(), new Map<string, number>()];

export function textWidth(text: string, fontSize: number, isBold = false): number {
  const cache = wordCache[isBold ? 1 : 0]!;
  let em = cache.get(text);
  if (em === undefined) {
    em = 0;
    for (const char of text) em += charWidth(char.codePointAt(0)!, isBold);
    if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
    cache.set(text, em);
  }
  return em * fontSize;
}

/** The width of a line seen once (not cached, unlike words): summed character by character. */
export function lineWidth(text: string, fontSize: number, isBold = false): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is one code point.
    const cp = code >= 0xd800 && code <= 0xdbff ? text.codePointAt(i++)! : code;
    em += charWidth(cp, isBold);
  }
  return em * fontSize;
}

export interface WrapOptions {
  fontSize: number;
  bold?: boolean;
  maxWidth: number;
  /** Lines beyond this are cut and the last one ends in "…". */
  maxLines: number;
}

/**
 * Wrap at spaces; a word wider than the line is broken between characters (so long ids and
 * names in scripts without spaces still fit). Returns at least one line (possibly "").
 */
export function wrapText(text: string, options: WrapOptions): string[] {
  const { fontSize, bold = false, maxWidth, maxLines } = options;
  const words = text.replace(/\s+/g, " ").trim().split(" ");
  const lines: string[] = [];
  const space = charWidth(0x20, bold) * fontSize;
  // Widths are summed as words are added (a line's width is never measured twice).
  let line = "";
  let lineWidth = 0;
  for (const word of words) {
    const wordWidth = textWidth(word, fontSize, bold);
    if (line && lineWidth + space + wordWidth <= maxWidth) {
      line += ` ${word}`;
      lineWidth += space + wordWidth;
      continue;
    }
    if (!line && wordWidth <= maxWidth) {
      line = word;
      lineWidth = wordWidth;
      continue;
    }
    if (line) lines.push(line);
    if (wordWidth <= maxWidth) {
      line = word;
      lineWidth = wordWidth;
      continue;
    }
    // Wider than a line: break between characters.
    let piece = "";
    let pieceWidth = 0;
    for (const char of word) {
      const w = charWidth(char.codePointAt(0)!, bold) * fontSize;
      if (piece && pieceWidth + w > maxWidth) {
        lines.push(piece);
        piece = "";
        pieceWidth = 0;
      }
      piece += char;
      pieceWidth += w;
    }
    line = piece;
    lineWidth = pieceWidth;
  }
  lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsize(
    `${kept[maxLines - 1]} ${lines[maxLines]}`,
    maxWidth,
    fontSize,
    bold,
  );
  return kept;
}

/** Cut `text` so that it and a trailing "…" fit in `maxWidth`. */
export function ellipsize(
  text: string,
  maxWidth: number,
  fontSize: number,
  isBold = false,
): string {
  if (textWidth(text, fontSize, isBold) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(`${chars.join("")}…`, fontSize, isBold) > maxWidth)
    chars.pop();
  return `${chars.join("").trimEnd()}…`;
}
