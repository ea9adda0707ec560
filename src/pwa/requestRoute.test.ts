import { describe, expect, it } from "vitest";
import { cacheKeyOf, routeRequest, type RequestFacts } from "./requestRoute";

const SCOPE = "https://tc.example/";
const PRECACHED = new Set(["", "assets/index-CJf-3FYY.js", "schema/model.schema.json", "a b.txt"]);
const get = (url: string, mode = "cors"): RequestFacts => ({ url, method: "GET", mode });
const route = (request: RequestFacts, scope = SCOPE, urls = PRECACHED) =>
  routeRequest(request, scope, urls);

describe("how the service worker answers a request", () => {
  it("answers every page load in scope with the app, whatever its path or query", () => {
    for (const url of [
      "https://tc.example/",
      "https://tc.example/index.html",
      "https://tc.example/?model=abc",
      "https://tc.example/models/abc#x",
    ]) {
      expect(route(get(url, "navigate"))).toEqual({ kind: "app", cacheKey: SCOPE });
    }
  });

  it("serves a file of the build from the cache, by its path, ignoring the query", () => {
    expect(route(get("https://tc.example/assets/index-CJf-3FYY.js?v=1"))).toEqual({
      kind: "precached",
      cacheKey: "https://tc.example/assets/index-CJf-3FYY.js",
    });
    // Opened in a tab (a navigation), a file of the build is that file, not the app.
    expect(route(get("https://tc.example/schema/model.schema.json", "navigate"))).toEqual({
      kind: "precached",
      cacheKey: "https://tc.example/schema/model.schema.json",
    });
    expect(route(get("https://tc.example/a%20b.txt"))).toEqual({
      kind: "precached",
      cacheKey: "https://tc.example/a%20b.txt",
    });
    expect(route(get("https://tc.example/index.html"))).toEqual({
      kind: "precached",
      cacheKey: SCOPE,
    });
  });

  it("looks up other same-origin files in older caches first (a tab on the previous build)", () => {
    expect(route(get("https://tc.example/assets/exporters-OLD12345.js"))).toEqual({
      kind: "cachedOrNetwork",
    });
  });

  it("leaves other methods, origins, paths outside its scope and bad URLs alone", () => {
    const network = { kind: "network" };
    expect(route({ url: SCOPE, method: "POST", mode: "navigate" })).toEqual(network);
    expect(route(get("https://elsewhere.example/assets/index-CJf-3FYY.js"))).toEqual(network);
    expect(route(get("http://tc.example/", "navigate"))).toEqual(network);
    expect(route(get("https://tc.example/other/x.js"), "https://tc.example/app/")).toEqual(network);
    expect(route(get("https://tc.example/%E0%A4%A"))).toEqual(network);
    expect(route(get("not a url"))).toEqual(network);
  });

  it("works under a sub-path scope", () => {
    const scope = "https://host.example/threatcanvas/";
    const urls = new Set(["", "assets/a-11111111.js"]);
    expect(route(get(`${scope}assets/a-11111111.js`), scope, urls)).toEqual({
      kind: "precached",
      cacheKey: `${scope}assets/a-11111111.js`,
    });
    expect(route(get(`${scope}x`, "navigate"), scope, urls)).toEqual({
      kind: "app",
      cacheKey: scope,
    });
    expect(cacheKeyOf("", scope)).toBe(scope);
    expect(cacheKeyOf("icons/icon 1.png", scope)).toBe(`${scope}icons/icon%201.png`);
  });
});
