import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { serviceWorkerPlugin } from "./scripts/pwa/serviceWorkerPlugin.ts";

/**
 * Sent by both servers the README starts. A `<meta>` Content-Security-Policy cannot set
 * `frame-ancestors`, so refusing to be framed by another site (clickjacking: a hostile page
 * overlaying our buttons) needs a response header; X-Frame-Options covers older browsers.
 * A static host must send the same headers (see the README).
 */
export const SECURITY_HEADERS = {
  "Content-Security-Policy": "frame-ancestors 'none'",
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
} as const;

/** The chunk of `src/engine/incremental.ts`, which src/ui/findings/evaluation.ts imports. */
const isEngineChunk = (file: string) => /(^|\/)incremental-[\w-]+\.js$/.test(file);

export default defineConfig({
  plugins: [react(), serviceWorkerPlugin({ entry: "src/pwa/sw.ts", headers: SECURITY_HEADERS })],
  build: {
    target: "es2022",
    sourcemap: true,
    chunkSizeWarningLimit: 900,
    // Browsers without <link rel="modulepreload"> (Safari < 17, Firefox < 115) still run the
    // app, loading its chunks one after another instead of in parallel: the polyfill is not
    // worth its 0.2 KB of initial JavaScript, which is at its budget.
    // index.html preloads every chunk of the first screen. A chunk loaded later (a dialog, the
    // inspector) fetches the few chunks it imports that are not loaded yet when it arrives,
    // instead of every dynamic import carrying the list of its chunk's dependencies: those lists
    // were 1.5 KB of the initial JavaScript, and one more round trip costs little there.
    // The engine is the exception: opening a model waits for it, and without its list its
    // chunks arrived in three rounds, one after another (about 0.25 s of a first visit).
    modulePreload: {
      polyfill: false,
      resolveDependencies: (file, deps, { hostType }) =>
        hostType === "html" || isEngineChunk(file) ? deps : [],
    },
  },
  server: { port: 5173, headers: SECURITY_HEADERS },
  preview: { port: 4173, strictPort: true, headers: SECURITY_HEADERS },
});
