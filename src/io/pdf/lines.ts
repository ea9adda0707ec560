import { wrapText } from "../diagram/textMetrics";
import { pdfText } from "./text";

/**
 * Line breaking for the PDF with the embedded font's advance widths (src/io/diagram/textMetrics),
 * not PDFKit's line wrapper: a long report lays out thousands of paragraphs, and PDFKit's
 * wrapper (a Unicode line breaker plus a width per word per pass) took most of the time, twice
 * over (once to measure a block, once to draw it). Lines keep the author's line breaks.
 */

/** DejaVu Sans: (ascent - descent) / units per em = (1901 + 483) / 2048. */
export const LINE_HEIGHT = 1.164;
export const LINE_GAP = 1.5;

export function lineHeight(size: number): number {
  return size * LINE_HEIGHT + LINE_GAP;
}

export function wrapLines(text: string, size: number, bold: boolean, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of pdfText(text).split("\n")) {
    out.push(...wrapText(paragraph, { fontSize: size, bold, maxWidth: width, maxLines: Infinity }));
  }
  return out;
}
