import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { build, preview, type InlineConfig } from "vite";

const here = fileURLToPath(new URL(".", import.meta.url));
const REPO_ROOT = resolve(here, "../..");
const PAGE_ROOT = resolve(here, "page");
const OUT_DIR = resolve(REPO_ROOT, "bench/.out/triage");

/** Production build of the bench page with its own config (the app's is not read). */
function config(): InlineConfig {
  return {
    configFile: false,
    root: PAGE_ROOT,
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
      // Readable component names in the render counts (React stays in production mode).
      minify: false,
      chunkSizeWarningLimit: 5000,
      rolldownOptions: { input: { triage: resolve(PAGE_ROOT, "triage.html") } },
    },
  };
}

export async function buildPage(): Promise<void> {
  await build(config());
}

export async function servePage(): Promise<{ url: string; close(): Promise<void> }> {
  const server = await preview({
    ...config(),
    preview: { host: "127.0.0.1", port: 4791, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("the preview server is not listening");
  return { url: url.replace(/\/$/, ""), close: () => server.close() };
}
