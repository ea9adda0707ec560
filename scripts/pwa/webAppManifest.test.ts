import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PNG_ICONS, renderIcon } from "../generate-icons";

/** The web app manifest, its icons and index.html's links to them (what installing needs). */

const PUBLIC = "public";

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

const manifest = JSON.parse(readFileSync(join(PUBLIC, "manifest.webmanifest"), "utf8")) as {
  name: string;
  short_name: string;
  start_url: string;
  scope: string;
  display: string;
  theme_color: string;
  background_color: string;
  icons: ManifestIcon[];
};
const html = readFileSync("index.html", "utf8");

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): string {
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

describe("the web app manifest", () => {
  it("names the app, its start page, scope, display and colours", () => {
    expect(manifest).toMatchObject({
      name: "ThreatCanvas",
      short_name: "ThreatCanvas",
      start_url: "/",
      scope: "/",
      display: "standalone",
    });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(html).toContain(`<meta name="theme-color" content="${manifest.theme_color}" />`);
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest" />');
  });

  it("lists icons that exist, at the sizes they claim, a maskable one among them", () => {
    for (const icon of manifest.icons) {
      const file = join(PUBLIC, icon.src);
      expect(existsSync(file), icon.src).toBe(true);
      if (icon.type === "image/png") expect(pngSize(readFileSync(file)), icon.src).toBe(icon.sizes);
      else expect(readFileSync(file, "utf8")).toMatch(/^<svg /);
    }
    const sizes = manifest.icons.map((i) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    expect(manifest.icons.filter((i) => i.purpose === "maskable")).toHaveLength(1);
    const touch = /<link rel="apple-touch-icon" href="([^"]+)"/.exec(html)?.[1];
    expect(touch && pngSize(readFileSync(join(PUBLIC, touch)))).toBe("180x180");
  });

  it("has PNGs that are what their SVGs render (run scripts/generate-icons.ts after a change)", () => {
    for (const icon of PNG_ICONS) {
      const svg = readFileSync(join(PUBLIC, "icons", icon.from), "utf8");
      const committed = readFileSync(join(PUBLIC, "icons", icon.file));
      expect(committed.equals(renderIcon(svg, icon.size)), icon.file).toBe(true);
    }
  });
});
