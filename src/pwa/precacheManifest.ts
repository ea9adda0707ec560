/**
 * What the service worker keeps for offline use: every file of the build (lazy chunks, the PDF
 * fonts, icons, the JSON Schema ...), listed when the build is written, so a chunk added later
 * (a template gallery, a new exporter) is covered without anyone having to list it.
 *
 * Pure: the build plugin (Node) makes the manifest, the service worker reads it.
 */

export interface PrecacheEntry {
  /** Relative to the service worker's scope; "" is the app itself (index.html). */
  url: string;
  /**
   * A digest of the content for files whose name does not change with it (index.html, icons);
   * null for Vite's content-hashed assets, whose name is their version.
   */
  revision: string | null;
}

export interface PrecacheManifest {
  /** Changes whenever any entry does: names the cache of this build. */
  version: string;
  entries: PrecacheEntry[];
}

export interface BuiltFile {
  /** Path inside the build directory, with "/" separators. */
  path: string;
  /** A digest of the file's bytes (any stable hex string). */
  digest: string;
}

/** The service worker's own file: it is not precached (the browser keeps it itself). */
export const SERVICE_WORKER_FILE = "sw.js";

/** Vite names built assets `name-<hash>.ext` (8 characters of base64url). */
const HASHED_ASSET = /^assets\/.+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;

export function isHashedAsset(path: string): boolean {
  return HASHED_ASSET.test(path);
}

/** Files the browser never asks for, or that must not be cached by us. */
export function isPrecached(path: string): boolean {
  if (path === SERVICE_WORKER_FILE) return false;
  if (path.endsWith(".map")) return false;
  // Dot files and folders (.vite/manifest.json, .DS_Store) are build or OS metadata.
  return !path.split("/").some((part) => part.startsWith("."));
}

/**
 * The manifest of a build. `digestOf` turns text into a stable hex digest (sha-256 in the
 * plugin); it names the cache, so equal builds share one.
 */
export function buildPrecacheManifest(
  files: readonly BuiltFile[],
  digestOf: (text: string) => string,
): PrecacheManifest {
  const entries = files
    .filter((f) => isPrecached(f.path))
    .map((f): PrecacheEntry => ({
      // "/" rather than "/index.html": hosts that drop the extension redirect the latter.
      url: f.path === "index.html" ? "" : f.path,
      revision: isHashedAsset(f.path) ? null : f.digest.slice(0, 16),
    }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  if (!entries.some((e) => e.url === "")) {
    throw new Error("The build has no index.html: nothing to serve offline.");
  }
  const version = digestOf(JSON.stringify(entries)).slice(0, 12);
  return { version, entries };
}
