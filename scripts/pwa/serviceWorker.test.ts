import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Script, createContext, runInContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPrecacheManifest, type PrecacheManifest } from "../../src/pwa/precacheManifest";
import { SKIP_WAITING } from "../../src/pwa/messages";
import { DEV_SERVICE_WORKER } from "./devServiceWorker";
import { bundleServiceWorker, listBuiltFiles, sha256 } from "./serviceWorkerPlugin";

/**
 * The built service worker (src/pwa/sw.ts bundled as the build does), run in a Node context
 * with a fake Cache Storage and network: what it caches at install, what it keeps at activation,
 * how it answers. The real thing in Chromium: e2e/offline*.spec.ts.
 */

const SCOPE = "https://tc.example/";
const ROOT = process.cwd();

class FakeCacheStorage {
  readonly stores = new Map<string, Map<string, Response>>();
  async open(name: string) {
    const store = this.stores.get(name) ?? new Map<string, Response>();
    this.stores.set(name, store);
    const keyOf = (r: Request | string, ignoreSearch = false) => {
      const url = new URL(typeof r === "string" ? r : r.url);
      if (ignoreSearch) url.search = "";
      return url.href;
    };
    return {
      put: async (r: Request | string, response: Response) => {
        store.set(keyOf(r), response.clone());
      },
      match: async (r: Request | string, options?: { ignoreSearch?: boolean }) =>
        store.get(keyOf(r, options?.ignoreSearch))?.clone(),
      keys: async () => [...store.keys()].map((url) => new Request(url)),
    };
  }
  async keys() {
    return [...this.stores.keys()];
  }
  async delete(name: string) {
    return this.stores.delete(name);
  }
}

interface Site {
  files: Map<string, { body: string; status?: number; redirected?: boolean }>;
  fetched: string[];
  offline: boolean;
}

function fakeFetch(site: Site) {
  return async (input: Request | string, init?: RequestInit) => {
    const url = typeof input === "string" ? input : input.url;
    if (site.offline) throw new TypeError("Failed to fetch");
    site.fetched.push(`${url}${init?.cache ? ` (${init.cache})` : ""}`);
    const file = site.files.get(new URL(url).pathname);
    if (!file) return new Response("not found", { status: 404 });
    const response = new Response(file.body, {
      status: file.status ?? 200,
      headers: { "x-frame-options": "DENY" },
    });
    if (file.redirected) Object.defineProperty(response, "redirected", { value: true });
    return response;
  };
}

type Listener = (event: unknown) => void;

/** One service worker of one build, in its own context, sharing `caches` with the others. */
function startWorker(code: string, caches: FakeCacheStorage, site: Site) {
  const listeners = new Map<string, Listener>();
  const calls = { claimed: 0, skipped: 0 };
  const self = {
    registration: { scope: SCOPE },
    clients: { claim: async () => void (calls.claimed += 1) },
    skipWaiting: async () => void (calls.skipped += 1),
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
  };
  const context = createContext({ self, caches, fetch: fakeFetch(site), Request, Response, URL });
  runInContext(code, context);
  const dispatch = async (type: string, extra: Record<string, unknown> = {}) => {
    const work: Promise<unknown>[] = [];
    let response: Promise<Response> | null = null;
    listeners.get(type)?.({
      ...extra,
      waitUntil: (p: Promise<unknown>) => work.push(p),
      respondWith: (r: Promise<Response>) => (response = r),
    });
    await Promise.all(work);
    return response as Promise<Response> | null;
  };
  return {
    calls,
    install: () => dispatch("install"),
    activate: () => dispatch("activate"),
    message: (data: unknown) => dispatch("message", { data }),
    /** The response the worker gives, or null when it leaves the request to the browser. */
    async fetch(url: string, init: { mode?: string; method?: string } = {}) {
      const request = {
        url: new URL(url, SCOPE).href,
        method: init.method ?? "GET",
        mode: init.mode ?? "cors",
      };
      const answer = await dispatch("fetch", { request });
      return answer ? await answer : null;
    },
  };
}

const manifestOf = (paths: Record<string, string>): PrecacheManifest =>
  buildPrecacheManifest(
    Object.entries(paths).map(([path, body]) => ({ path, digest: sha256(body) })),
    sha256,
  );

const siteOf = (paths: Record<string, string>): Site => ({
  files: new Map(
    Object.entries(paths).map(([path, body]) => [
      path === "index.html" ? "/" : `/${path}`,
      { body },
    ]),
  ),
  fetched: [],
  offline: false,
});

const V1 = {
  "index.html": "<!doctype html><title>v1</title>",
  "assets/index-AAAAAAAA.js": "console.log('v1')",
  "assets/exporters-BBBBBBBB.js": "pdf()",
  "assets/DejaVuSans-CCCCCCCC.ttf": "font",
  "manifest.webmanifest": "{}",
};
const V2 = {
  ...V1,
  "index.html": "<!doctype html><title>v2</title>",
  "assets/index-DDDDDDDD.js": "console.log('v2')",
};
delete (V2 as Record<string, string>)["assets/index-AAAAAAAA.js"];

let v1: string;
let v2: string;
let m1: PrecacheManifest;
let m2: PrecacheManifest;

beforeAll(async () => {
  m1 = manifestOf(V1);
  m2 = manifestOf(V2);
  v1 = await bundleServiceWorker(join(ROOT, "src/pwa/sw.ts"), ROOT, m1);
  v2 = await bundleServiceWorker(join(ROOT, "src/pwa/sw.ts"), ROOT, m2);
}, 60_000);

describe("the built service worker", () => {
  it("is one classic script (no import or export left) holding the manifest", () => {
    expect(() => new Script(v1)).not.toThrow();
    expect(v1).not.toMatch(/^\s*(import|export)\s/m);
    expect(v1).toContain(m1.version);
    expect(v1).not.toContain("__PRECACHE_MANIFEST__");
  });

  it("caches every file at install, takes over the first page, then answers offline", async () => {
    const caches = new FakeCacheStorage();
    const site = siteOf(V1);
    const worker = startWorker(v1, caches, site);
    await worker.install();
    expect(worker.calls.skipped).toBe(0); // waits: never forced
    expect(site.fetched.sort()).toEqual(
      [
        `${SCOPE} (reload)`,
        `${SCOPE}assets/DejaVuSans-CCCCCCCC.ttf (default)`,
        `${SCOPE}assets/exporters-BBBBBBBB.js (default)`,
        `${SCOPE}assets/index-AAAAAAAA.js (default)`,
        `${SCOPE}manifest.webmanifest (reload)`,
      ].sort(),
    );
    await worker.activate();
    expect(worker.calls.claimed).toBe(1);

    site.offline = true;
    const page = await worker.fetch("/?model=x", { mode: "navigate" });
    expect(await page?.text()).toBe(V1["index.html"]);
    expect(page?.headers.get("x-frame-options")).toBe("DENY"); // the host's headers, kept
    expect(await (await worker.fetch("/assets/DejaVuSans-CCCCCCCC.ttf"))?.text()).toBe("font");
    expect(await (await worker.fetch("/assets/exporters-BBBBBBBB.js?x=1"))?.text()).toBe("pdf()");
    expect(await worker.fetch("/", { method: "POST" })).toBeNull();
    expect(await worker.fetch("https://elsewhere.example/x.js")).toBeNull();
    await expect(worker.fetch("/not-in-the-build.txt")).rejects.toThrow(/Failed to fetch/);
  });

  it("fails the install when a file cannot be fetched, so no half build becomes the offline copy", async () => {
    const site = siteOf(V1);
    site.files.set("/assets/exporters-BBBBBBBB.js", { body: "gone", status: 404 });
    const worker = startWorker(v1, new FakeCacheStorage(), site);
    await expect(worker.install()).rejects.toThrow(/exporters-BBBBBBBB\.js.*404/);
  });

  it("keeps a redirected file's body and headers, not the redirect", async () => {
    const site = siteOf(V1);
    site.files.set("/", { body: V1["index.html"], redirected: true });
    const caches = new FakeCacheStorage();
    const worker = startWorker(v1, caches, site);
    await worker.install();
    await worker.activate();
    const page = await worker.fetch("/", { mode: "navigate" });
    expect(page?.redirected).toBe(false);
    expect(await page?.text()).toBe(V1["index.html"]);
  });

  it("updates: reuses unchanged hashed files, waits for the page's word, keeps the previous build", async () => {
    const caches = new FakeCacheStorage();
    const site = siteOf(V1);
    const first = startWorker(v1, caches, site);
    await first.install();
    await first.activate();

    const next = siteOf(V2);
    const second = startWorker(v2, caches, next);
    await second.install();
    // Only what changed, and what has no hash in its name, comes over the network.
    expect(next.fetched.sort()).toEqual(
      [
        `${SCOPE} (reload)`,
        `${SCOPE}assets/index-DDDDDDDD.js (default)`,
        `${SCOPE}manifest.webmanifest (reload)`,
      ].sort(),
    );
    await second.message({ type: "something else" });
    expect(second.calls.skipped).toBe(0);
    await second.message(SKIP_WAITING);
    expect(second.calls.skipped).toBe(1);
    await second.activate();

    const names = await caches.keys();
    expect(names.filter((n) => n.startsWith("threatcanvas-precache-")).sort()).toEqual(
      [`threatcanvas-precache-${m1.version}`, `threatcanvas-precache-${m2.version}`].sort(),
    );
    next.offline = true;
    const page = await second.fetch("/", { mode: "navigate" });
    expect(await page?.text()).toBe(V2["index.html"]);
    // A tab still running the previous build gets its chunks from the previous cache.
    const old = await second.fetch("/assets/index-AAAAAAAA.js");
    expect(await old?.text()).toBe("console.log('v1')");

    // A third build: the first one's cache goes.
    const m3 = manifestOf({ ...V2, "index.html": "v3" });
    const third = startWorker(await bundleServiceWorker("src/pwa/sw.ts", ROOT, m3), caches, {
      ...siteOf({ ...V2, "index.html": "v3" }),
    });
    await third.install();
    await third.activate();
    expect(
      (await caches.keys()).filter((n) => n.startsWith("threatcanvas-precache-")).sort(),
    ).toEqual(
      [`threatcanvas-precache-${m2.version}`, `threatcanvas-precache-${m3.version}`].sort(),
    );
  }, 30_000);
});

describe("the development server's /sw.js", () => {
  it("replaces a production worker: takes over, deletes our caches, unregisters, reloads the pages", async () => {
    const caches = new FakeCacheStorage();
    await caches.open("threatcanvas-precache-abc");
    await caches.open("threatcanvas-cache-history");
    await caches.open("another-app");
    const log: string[] = [];
    const listeners = new Map<string, Listener>();
    const self = {
      registration: { unregister: async () => void log.push("unregister") },
      clients: {
        matchAll: async () => [
          { url: "http://127.0.0.1:5173/", navigate: (u: string) => log.push(`navigate ${u}`) },
        ],
      },
      skipWaiting: () => log.push("skipWaiting"),
      addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
    };
    runInContext(DEV_SERVICE_WORKER, createContext({ self, caches }));
    listeners.get("install")?.({});
    const work: Promise<unknown>[] = [];
    listeners.get("activate")?.({ waitUntil: (p: Promise<unknown>) => work.push(p) });
    await Promise.all(work);
    expect(log).toEqual(["skipWaiting", "unregister", "navigate http://127.0.0.1:5173/"]);
    expect(await caches.keys()).toEqual(["another-app"]);
  });
});

describe("listing the build", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "tc-build-"));
    await mkdir(join(dir, "assets"));
    await mkdir(join(dir, ".vite"));
    await mkdir(join(dir, "icons"));
    for (const path of [
      "index.html",
      "sw.js",
      "assets/index-AAAAAAAA.js",
      "assets/index-AAAAAAAA.js.map",
      ".vite/manifest.json",
      "icons/icon-192.png",
    ]) {
      await writeFile(join(dir, path), path);
    }
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("finds every file a browser may ask for, nested ones included, with their digests", async () => {
    const files = await listBuiltFiles(dir);
    expect(files.map((f) => f.path).sort()).toEqual([
      "assets/index-AAAAAAAA.js",
      "icons/icon-192.png",
      "index.html",
    ]);
    expect(files.find((f) => f.path === "index.html")?.digest).toBe(sha256("index.html"));
  });
});
