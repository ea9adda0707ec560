import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ThemeName } from "./palettes";

/**
 * The custom properties each theme sets in src/ui/styles/themes.css, read for the contrast test
 * (Node only): `{ light: { "--tc-fg": "#0f172a", ... }, ... }`.
 */
export function readThemeCss(
  path = fileURLToPath(new URL("../styles/themes.css", import.meta.url)),
): Record<string, Record<string, string>> {
  const css = readFileSync(path, "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
  const out: Record<string, Record<string, string>> = {};
  for (const block of css.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    const names = [...block[1]!.matchAll(/data-theme="(\w+)"/g)].map((m) => m[1]!);
    for (const name of names) {
      const vars = (out[name] ??= {});
      for (const decl of block[2]!.matchAll(/(--tc-[\w-]+)\s*:\s*([^;]+);/g)) {
        vars[decl[1]!] = decl[2]!.trim();
      }
    }
  }
  return out;
}

export type ThemeVariables = Record<ThemeName, Record<string, string>>;
