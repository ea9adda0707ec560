import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { PdfFonts } from "../io/pdf/fonts";

/**
 * The embedded font's files in Node (the CLI, tests, benchmarks); the browser fetches the same
 * files as assets. DejaVu Sans, free licence: see public/NOTICE-DejaVu.txt.
 */
const require = createRequire(import.meta.url);

export const FONT_FILES = {
  regular: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
  bold: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
} as const;

let cached: PdfFonts | null = null;

export function readPdfFonts(): PdfFonts {
  cached ??= {
    regular: new Uint8Array(readFileSync(FONT_FILES.regular)),
    bold: new Uint8Array(readFileSync(FONT_FILES.bold)),
  };
  return cached;
}
