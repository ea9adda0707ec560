/**
 * The service worker: keeps every file of this build so the app opens and works with no network
 * after the first visit, and waits to take over until the page asks it to (the user clicked
 * "Reload" on the update notice), so a new version is never forced on someone mid-edit.
 *
 * Built on its own into dist/sw.js (see scripts/pwa/serviceWorkerPlugin.ts), which puts the
 * build's precache manifest in place of `__PRECACHE_MANIFEST__`.
 */
import { cacheNameOf, CACHE_PREFIX, parseHistory, planRetention } from "./cacheRetention";
import type { PrecacheEntry, PrecacheManifest } from "./precacheManifest";
import { cacheKeyOf, routeRequest } from "./requestRoute";
import { isSkipWaitingMessage } from "./messages";

declare const __PRECACHE_MANIFEST__: PrecacheManifest;

// The DOM library has no service-worker scope types (and the WebWorker library clashes with it
// in one program), so the little used here is declared here.
interface ExtendableEvent extends Event {
  waitUntil(work: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
}
interface ServiceWorkerScope {
  readonly registration: { readonly scope: string };
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: "fetch", listener: (event: FetchEvent) => void): void;
  addEventListener(type: "message", listener: (event: ExtendableMessageEvent) => void): void;
}

const worker = self as unknown as ServiceWorkerScope;
const manifest = __PRECACHE_MANIFEST__;
const scope = worker.registration.scope;
const currentCache = cacheNameOf(manifest.version);
const precachedUrls = new Set(manifest.entries.map((e) => e.url));
/** Where the activation order of our caches is kept (see cacheRetention). */
const HISTORY_CACHE = "threatcanvas-cache-history";
const HISTORY_KEY = new URL("__threatcanvas-cache-history", scope).href;

worker.addEventListener("install", (event) => {
  // No skipWaiting() here: a new version waits until the page asks (see the message handler).
  event.waitUntil(precacheAll());
});

worker.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      await dropOldCaches();
      // The first install takes over the open page at once, so it works offline without a
      // reload; an update is only activated when its page asked for it.
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener("message", (event) => {
  if (isSkipWaitingMessage(event.data)) event.waitUntil(worker.skipWaiting());
});

worker.addEventListener("fetch", (event) => {
  const { request } = event;
  const route = routeRequest(request, scope, precachedUrls);
  if (route.kind === "network") return;
  if (route.kind === "cachedOrNetwork") {
    event.respondWith(fromAnyOfOurCaches(request).then((hit) => hit ?? fetch(request)));
    return;
  }
  event.respondWith(fromPrecache(route.cacheKey, request));
});

/** Downloads at once: a few, so the first visit's own requests are not starved. */
const PARALLEL_DOWNLOADS = 4;

async function precacheAll(): Promise<void> {
  const cache = await caches.open(currentCache);
  const queue = [...manifest.entries];
  const next = async (): Promise<void> => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      const key = cacheKeyOf(entry.url, scope);
      // A content-hashed name: a copy cached by an earlier build is this very file.
      const kept = entry.revision === null ? await fromAnyOfOurCaches(key) : undefined;
      await cache.put(key, kept ?? (await download(entry, key)));
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_DOWNLOADS }, next));
}

async function download(entry: PrecacheEntry, key: string): Promise<Response> {
  // Files whose name does not change with their content must not come from the HTTP cache.
  const response = await fetch(key, { cache: entry.revision === null ? "default" : "reload" });
  if (!response.ok) {
    // Fail the install: a half-cached build must not become the offline copy. The browser
    // tries again on a later visit.
    throw new Error(`Could not cache ${key} for offline use: HTTP ${response.status}`);
  }
  // A redirected response cannot answer a navigation: keep its body and headers only.
  if (!response.redirected) return response;
  const { status, statusText, headers } = response;
  return new Response(await response.blob(), { status, statusText, headers });
}

async function fromPrecache(key: string, request: Request): Promise<Response> {
  const cache = await caches.open(currentCache);
  const hit = (await cache.match(key)) ?? (await fromAnyOfOurCaches(key));
  if (hit) return hit;
  // Only while installing or after the browser evicted the cache: the network, if any.
  return fetch(request);
}

async function fromAnyOfOurCaches(request: Request | string): Promise<Response | undefined> {
  const names = (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX));
  // The current build first, then the others.
  names.sort((a, b) => Number(b === currentCache) - Number(a === currentCache));
  for (const name of names) {
    const hit = await (await caches.open(name)).match(request, { ignoreSearch: true });
    if (hit) return hit;
  }
  return undefined;
}

async function dropOldCaches(): Promise<void> {
  const historyCache = await caches.open(HISTORY_CACHE);
  const stored = await historyCache.match(HISTORY_KEY);
  const history = parseHistory(stored ? await stored.json().catch(() => null) : null);
  const plan = planRetention(history, await caches.keys(), currentCache);
  await Promise.all(plan.remove.map((name) => caches.delete(name)));
  await historyCache.put(
    HISTORY_KEY,
    new Response(JSON.stringify(plan.history), { headers: { "content-type": "application/json" } }),
  );
}
