import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildPrecacheManifest, isHashedAsset, isPrecached } from "./precacheManifest";

const digest = (text: string) => `d${text.length.toString(16).padStart(15, "0")}${"f".repeat(48)}`;
const file = (path: string, d = "ab".repeat(32)) => ({ path, digest: d });

describe("the precache manifest", () => {
  it("lists every file of the build but source maps, dot files and the worker itself", () => {
    const manifest = buildPrecacheManifest(
      [
        file("index.html"),
        file("assets/index-CJf-3FYY.js"),
        file("assets/index-CJf-3FYY.js.map"),
        file("assets/exporters-CXrQ0ruc.js"),
        file("assets/DejaVuSans-CHjR2eXl.ttf"),
        file("assets/TemplateGallery-a1B2c3D_.js"),
        file("icons/icon-192.png"),
        file("manifest.webmanifest"),
        file("schema/threatcanvas-model.schema.json"),
        file(".vite/manifest.json"),
        file("sw.js"),
      ],
      digest,
    );
    expect(manifest.entries.map((e) => e.url)).toEqual([
      "",
      "assets/DejaVuSans-CHjR2eXl.ttf",
      "assets/TemplateGallery-a1B2c3D_.js",
      "assets/exporters-CXrQ0ruc.js",
      "assets/index-CJf-3FYY.js",
      "icons/icon-192.png",
      "manifest.webmanifest",
      "schema/threatcanvas-model.schema.json",
    ]);
  });

  it("versions hashed assets by their name and every other file by its content", () => {
    const manifest = buildPrecacheManifest(
      [file("index.html", "1234567890abcdef9999"), file("assets/x-CJf-3FYY.js")],
      digest,
    );
    expect(manifest.entries).toEqual([
      { url: "", revision: "1234567890abcdef" },
      { url: "assets/x-CJf-3FYY.js", revision: null },
    ]);
  });

  it("gets a new version when any file changes, and keeps it when none does", () => {
    const sha = (t: string) => createHash("sha256").update(t).digest("hex");
    const build = (html: string, chunk: string) =>
      buildPrecacheManifest([file("index.html", html), file(chunk)], sha).version;
    const base = build("aaaaaaaaaaaaaaaa", "assets/a-11111111.js");
    expect(build("aaaaaaaaaaaaaaaa", "assets/a-11111111.js")).toBe(base);
    expect(build("bbbbbbbbbbbbbbbb", "assets/a-11111111.js")).not.toBe(base);
    expect(build("aaaaaaaaaaaaaaaa", "assets/a-22222222.js")).not.toBe(base);
  });

  it("does not depend on the order the files were listed in", () => {
    const files = [file("index.html"), file("assets/a-11111111.js"), file("favicon.svg")];
    const forward = buildPrecacheManifest(files, digest);
    expect(buildPrecacheManifest([...files].reverse(), digest)).toEqual(forward);
  });

  it("refuses a build without index.html", () => {
    expect(() => buildPrecacheManifest([file("assets/a-11111111.js")], digest)).toThrow(
      /no index.html/,
    );
  });

  it("tells Vite's hashed names from the others", () => {
    expect(isHashedAsset("assets/index-CJf-3FYY.js")).toBe(true);
    expect(isHashedAsset("assets/DejaVuSans-Bold-D3XZ3B4H.ttf")).toBe(true);
    expect(isHashedAsset("assets/readme.txt")).toBe(false);
    expect(isHashedAsset("favicon.svg")).toBe(false);
    expect(isHashedAsset("icons/icon-CJf-3FYY.png")).toBe(false); // public/: copied as named
    expect(isPrecached("assets/a.js.map")).toBe(false);
    expect(isPrecached("sw.js")).toBe(false);
    expect(isPrecached("deep/.hidden/x.js")).toBe(false);
    expect(isPrecached("NOTICE-DejaVu.txt")).toBe(true);
  });
});
