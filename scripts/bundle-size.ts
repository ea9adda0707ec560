/**
 * Initial JavaScript of the built app, gzipped, against the budget in PRODUCT.md (250 KB).
 * "Initial" = the entry script and every chunk index.html preloads; lazy chunks are listed
 * apart. Run after `npm run build`:  npm run bench:size
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const DIST = "dist";
const BUDGET_KB = 250;

const html = readFileSync(join(DIST, "index.html"), "utf8");
const initial = new Set(
  [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!),
);
const all = readdirSync(join(DIST, "assets"))
  .filter((f) => f.endsWith(".js"))
  .map((f) => `assets/${f}`);

const kb = (file: string) => gzipSync(readFileSync(join(DIST, file))).length / 1024;
let initialTotal = 0;
console.log("chunk".padEnd(48), "gzip KB", " loaded");
for (const file of all.sort()) {
  const size = kb(file);
  const isInitial = initial.has(file);
  if (isInitial) initialTotal += size;
  console.log(file.padEnd(48), size.toFixed(1).padStart(7), isInitial ? " initial" : " on demand");
}
const verdict = initialTotal <= BUDGET_KB ? "within budget" : "OVER BUDGET";
console.log(
  `\ninitial JavaScript: ${initialTotal.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB): ${verdict}`,
);
