import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, resolve } from "node:path";

/** Small HTTP servers on free ports, started by a test: other origins than the app's. */

export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png",
  ".map": "application/json",
  ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

function listen(server: Server): Promise<RunningServer> {
  return new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      if (address === null || typeof address === "string") throw new Error("no port");
      done({
        origin: `http://127.0.0.1:${address.port}`,
        close: () => new Promise((closed) => server.close(() => closed())),
      });
    });
  });
}

/** Serves one HTML page at every path. */
export function servePage(html: string): Promise<RunningServer> {
  return listen(
    createServer((_req, res) => {
      res.writeHead(200, { "content-type": TYPES[".html"] });
      res.end(html);
    }),
  );
}

/**
 * Serves the built app as a bare static host would: the files and nothing else, in particular
 * none of the security headers the app's own servers send.
 */
export function serveBuildWithoutHeaders(): Promise<RunningServer> {
  const root = resolve(process.env.E2E_OUT_DIR ?? "dist");
  return listen(
    createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
      const file = join(root, path === "/" ? "index.html" : path);
      if (!file.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      readFile(file)
        .catch(() => readFile(join(root, "index.html")))
        .then((body) => {
          res.writeHead(200, { "content-type": TYPES[extname(file)] ?? TYPES[".html"] });
          res.end(body);
        })
        .catch(() => res.writeHead(500).end());
    }),
  );
}

/**
 * Serves the files under `root` with `headers` (a deploy the test can change on disk): a path
 * without a file extension gets index.html, a missing file 404.
 */
export function serveDirectory(
  root: string,
  headers: Readonly<Record<string, string>>,
): Promise<RunningServer> {
  return listen(
    createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
      const file = join(root, extname(path) === "" ? "index.html" : path);
      if (!file.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      readFile(file)
        .then((body) => {
          const type = TYPES[extname(file)] ?? "application/octet-stream";
          res.writeHead(200, { ...headers, "content-type": type, "cache-control": "no-cache" });
          res.end(body);
        })
        .catch(() => res.writeHead(404, headers).end());
    }),
  );
}

/** A page of another origin that shows `src` in a frame. */
export function framingPage(src: string): Promise<RunningServer> {
  return servePage(
    `<!doctype html><title>Another site</title><h1>Another site</h1>` +
      `<iframe id="embedded" title="Embedded app" src="${src}" width="1000" height="700"></iframe>`,
  );
}
