import { Resvg } from "@resvg/resvg-js";
import { FONT_FILES } from "./fontFiles";

/**
 * PNG from our SVG in Node, with resvg (a Rust SVG renderer shipped as a native npm package:
 * no browser needed) and the same DejaVu Sans files the PDF embeds. Scaled down if the image
 * would exceed 16,384 pixels a side or 120 megapixels.
 */
const MAX_SIDE = 16384;
const MAX_AREA = 120_000_000;

export function svgToPng(
  svg: string,
  options: { scale: number; background: "white" | "transparent" },
): Uint8Array {
  const probe = new Resvg(svg, { font: { loadSystemFonts: false } });
  const { width, height } = probe;
  const scale = Math.min(
    options.scale,
    MAX_SIDE / width,
    MAX_SIDE / height,
    Math.sqrt(MAX_AREA / (width * height)),
  );
  const image = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    font: {
      fontFiles: [FONT_FILES.regular, FONT_FILES.bold],
      loadSystemFonts: false,
      defaultFontFamily: "DejaVu Sans",
    },
    ...(options.background === "white" ? { background: "#ffffff" } : {}),
  }).render();
  return new Uint8Array(image.asPng());
}
