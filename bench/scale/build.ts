import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import { build, preview, type InlineConfig } from "vite";

const here = fileURLToPath(new URL(".", import.meta.url));
export const REPO_ROOT = resolve(here, "../..");
const OUT_DIR = resolve(REPO_ROOT, "bench/.out/scale");
/** Where the seeding page lands in the build (its path under the repository root). */
export const SEED_PATH = "/bench/scale/page/seed.html";

/**
 * The app as `npm run build` makes it (the repository's vite.config.ts, index.html, persistence
 * and all), plus one page of ours on the same origin that stores a model in the app's IndexedDB.
 * `minify: false` keeps function names readable in CPU profiles.
 */
function config(minify: boolean): InlineConfig {
  return {
    configFile: resolve(REPO_ROOT, "vite.config.ts"),
    root: REPO_ROOT,
    logLevel: "warn",
    build: {
      outDir: OUT_DIR,
      emptyOutDir: true,
      sourcemap: false,
      minify,
      rolldownOptions: {
        input: {
          index: resolve(REPO_ROOT, "index.html"),
          seed: resolve(here, "page/seed.html"),
        },
      },
    },
  };
}

export async function buildApp(minify: boolean): Promise<void> {
  await build(config(minify));
}

export async function serveApp(): Promise<{ url: string; close(): Promise<void> }> {
  const server = await preview({
    ...config(true),
    preview: { host: "127.0.0.1", port: 4792, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("the preview server is not listening");
  return { url: url.replace(/\/$/, ""), close: () => server.close() };
}
