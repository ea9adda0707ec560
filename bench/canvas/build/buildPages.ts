import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { build, type InlineConfig } from "vite";
import { OUT_DIR, PAGES_ROOT, REPO_ROOT } from "./paths";

/**
 * Production build of the app page and the bare page, with its own config (the app's
 * vite.config.ts is not read): same React plugin and target, the app's public folder.
 */
export function benchViteConfig(options: { minify: boolean } = { minify: true }): InlineConfig {
  return {
    configFile: false,
    root: PAGES_ROOT,
    publicDir: resolve(REPO_ROOT, "public"),
    base: "/",
    logLevel: "warn",
    mode: "production",
    plugins: [react()],
    build: {
      outDir: OUT_DIR,
      emptyOutDir: true,
      target: "es2022",
      sourcemap: false,
      minify: options.minify,
      chunkSizeWarningLimit: 5000,
      rolldownOptions: {
        input: { app: resolve(PAGES_ROOT, "app.html"), bare: resolve(PAGES_ROOT, "bare.html") },
      },
    },
  };
}

/** `minify: false` keeps function names readable in CPU profiles (React stays in production mode). */
export async function buildPages(options: { minify: boolean } = { minify: true }): Promise<void> {
  await build(benchViteConfig(options));
}
