import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { build, type Plugin } from "vite";
import {
  buildPrecacheManifest,
  isPrecached,
  SERVICE_WORKER_FILE,
  type BuiltFile,
  type PrecacheManifest,
} from "../../src/pwa/precacheManifest.ts";
import { DEV_SERVICE_WORKER } from "./devServiceWorker.ts";

/**
 * Writes dist/sw.js after every production build: src/pwa/sw.ts bundled on its own (a classic
 * script: no imports left, so every browser can run it) with the manifest of every file just
 * written in place of `__PRECACHE_MANIFEST__`. Any file the build emits — a new lazy chunk, a
 * font, an icon — is precached with no list to keep up to date.
 *
 * The dev server answers /sw.js with a worker that removes itself (see devServiceWorker), so a
 * production build once served on the same origin cannot keep answering for `npm start`.
 */
export function serviceWorkerPlugin(options: {
  /** The service worker's source. */
  entry: string;
  /** Sent with the dev server's /sw.js, like every other response. */
  headers?: Record<string, string>;
}): Plugin {
  let outDir = "";
  let root = "";
  let isBuild = false;
  return {
    name: "threatcanvas:service-worker",
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      isBuild = config.command === "build";
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split("?")[0] !== `/${SERVICE_WORKER_FILE}`) return next();
        for (const [name, value] of Object.entries(options.headers ?? {})) {
          res.setHeader(name, value);
        }
        res.setHeader("Content-Type", "text/javascript; charset=utf-8");
        res.setHeader("Cache-Control", "no-cache");
        res.end(DEV_SERVICE_WORKER);
      });
    },
    async writeBundle() {
      if (!isBuild) return;
      const manifest = buildPrecacheManifest(await listBuiltFiles(outDir), sha256);
      const code = await bundleServiceWorker(resolve(root, options.entry), root, manifest);
      await writeFile(join(outDir, SERVICE_WORKER_FILE), code);
      const total = manifest.entries.length;
      this.info(`${SERVICE_WORKER_FILE}: ${total} files precached (version ${manifest.version})`);
    },
  };
}

export function sha256(text: string | Buffer): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Every file under `dir` that the service worker precaches, with the digest of its bytes. */
export async function listBuiltFiles(dir: string): Promise<BuiltFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: BuiltFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    const path = relative(dir, full).split(sep).join("/");
    if (!isPrecached(path)) continue;
    files.push({ path, digest: sha256(await readFile(full)) });
  }
  return files;
}

/** The service worker as one classic script, with `manifest` in it. */
export async function bundleServiceWorker(
  entry: string,
  root: string,
  manifest: PrecacheManifest,
): Promise<string> {
  const output = await build({
    configFile: false,
    root,
    logLevel: "warn",
    publicDir: false,
    define: { __PRECACHE_MANIFEST__: JSON.stringify(manifest) },
    build: {
      write: false,
      emptyOutDir: false,
      sourcemap: false,
      minify: true,
      target: "es2022",
      lib: { entry, formats: ["iife"], name: "threatcanvasServiceWorker" },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  for (const result of results) {
    if (!("output" in result)) continue;
    const chunk = result.output.find((o) => o.type === "chunk" && o.isEntry);
    if (chunk && chunk.type === "chunk") return chunk.code;
  }
  throw new Error("The service worker bundle produced no code.");
}
