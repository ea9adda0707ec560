/**
 * PNG from our own SVG in the browser: the SVG is drawn onto a canvas at `scale` (2x: crisp on
 * a slide or a retina screen), on white or transparent. Canvases have a size limit (about 16k
 * pixels a side, 268 million in all in Chromium), so a huge diagram is scaled down to fit and
 * the caller is told.
 */
const MAX_SIDE = 16384;
const MAX_AREA = 120_000_000;

export async function pngFromSvg(
  svg: string,
  options: { scale: number; background: "white" | "transparent" },
): Promise<{ png: Blob; scale: number }> {
  const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  if (!(width > 0 && height > 0)) throw new Error("the diagram has no size");
  const scale = Math.min(
    options.scale,
    MAX_SIDE / width,
    MAX_SIDE / height,
    Math.sqrt(MAX_AREA / (width * height)),
  );
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.decoding = "async";
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const context = canvas.getContext("2d");
    if (!context) throw new Error("this browser cannot draw on a canvas");
    if (options.background === "white") {
      context.fillStyle = "#ffffff";
      context.fillRect(0, 0, canvas.width, canvas.height);
    }
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (!png) throw new Error("the image could not be encoded");
    return { png, scale };
  } finally {
    URL.revokeObjectURL(url);
  }
}
