/**
 * Renders the app's PNG icons (web app manifest, home screens) from the SVGs in public/icons,
 * with resvg (already used by the CLI's PNG export): npx tsx scripts/generate-icons.ts
 * The PNGs are committed; `--check` fails when one differs from what the SVGs render.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";

const DIR = "public/icons";

/** Every PNG the manifest and index.html name, and the SVG it is drawn from. */
export const PNG_ICONS = [
  { file: "icon-192.png", from: "icon.svg", size: 192 },
  { file: "icon-512.png", from: "icon.svg", size: 512 },
  // Full-bleed, motif inside the central safe circle: launchers crop these to their own shape.
  { file: "icon-maskable-512.png", from: "icon-maskable.svg", size: 512 },
  { file: "apple-touch-icon.png", from: "icon-maskable.svg", size: 180 },
] as const;

export function renderIcon(svg: string, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: "width", value: size } }).render().asPng();
}

function main(check: boolean): number {
  let stale = 0;
  for (const icon of PNG_ICONS) {
    const png = renderIcon(readFileSync(join(DIR, icon.from), "utf8"), icon.size);
    const target = join(DIR, icon.file);
    if (check) {
      let current: Buffer | null = null;
      try {
        current = readFileSync(target);
      } catch {
        current = null;
      }
      if (!current?.equals(png)) {
        console.error(`${target} is not what ${icon.from} renders: run scripts/generate-icons.ts`);
        stale += 1;
      }
    } else {
      writeFileSync(target, png);
      console.log(`${target}: ${icon.size}x${icon.size}, ${png.length} bytes`);
    }
  }
  return stale === 0 ? 0 : 1;
}

if (process.argv[1]?.endsWith("generate-icons.ts")) {
  process.exitCode = main(process.argv.includes("--check"));
}
