import { fileURLToPath } from "node:url";
import { resolve } from "node:path";

const here = fileURLToPath(new URL(".", import.meta.url));

export const REPO_ROOT = resolve(here, "../../..");
/** Vite root of the two bench pages. */
export const PAGES_ROOT = resolve(here, "../pages");
/** Build output (gitignored: bench/.out). */
export const OUT_DIR = resolve(REPO_ROOT, "bench/.out/canvas");
