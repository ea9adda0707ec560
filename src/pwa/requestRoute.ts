/**
 * How the service worker answers a request (pure, so every case is tested without a browser).
 *
 * - `app`: a page load (navigation) anywhere in scope that is not a file of the build: the
 *   cached index.html, the app itself (it reads its state from storage, not from the path).
 * - `precached`: a file of the build, from the cache (by its URL without query or hash).
 * - `cachedOrNetwork`: another same-origin GET in scope: a file of an earlier build a tab still
 *   running that build asks for (kept in the previous cache), else the network.
 * - `network`: everything else (not GET, another origin, outside scope): not touched.
 */
export type RequestRoute =
  | { kind: "app"; cacheKey: string }
  | { kind: "precached"; cacheKey: string }
  | { kind: "cachedOrNetwork" }
  | { kind: "network" };

export interface RequestFacts {
  url: string;
  method: string;
  /** `Request.mode`: "navigate" for page loads. */
  mode: string;
}

/**
 * `scope` is the service worker's scope (an absolute URL ending in "/"); `precachedUrls` the
 * manifest's entry URLs, relative to it.
 */
export function routeRequest(
  request: RequestFacts,
  scope: string,
  precachedUrls: ReadonlySet<string>,
): RequestRoute {
  if (request.method !== "GET") return { kind: "network" };
  let url: URL;
  let base: URL;
  try {
    url = new URL(request.url);
    base = new URL(scope);
  } catch {
    return { kind: "network" };
  }
  if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) {
    return { kind: "network" };
  }
  const relative = safeDecode(url.pathname.slice(base.pathname.length));
  if (relative === null) return { kind: "network" };
  const appKey = base.href;
  if (relative !== "" && precachedUrls.has(relative)) {
    return { kind: "precached", cacheKey: new URL(encodePath(relative), base).href };
  }
  if (request.mode === "navigate") return { kind: "app", cacheKey: appKey };
  if (relative === "" || relative === "index.html") return { kind: "precached", cacheKey: appKey };
  return { kind: "cachedOrNetwork" };
}

/** The absolute URL under which an entry is cached (and fetched at install). */
export function cacheKeyOf(entryUrl: string, scope: string): string {
  return new URL(encodePath(entryUrl), scope).href;
}

function encodePath(relative: string): string {
  return relative.split("/").map(encodeURIComponent).join("/");
}

function safeDecode(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}
