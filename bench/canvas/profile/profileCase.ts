import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser } from "playwright-core";
import type { PageKind } from "../browser/openPage";
import { withPreparedPage } from "../browser/preparedPage";
import { recordDrag } from "../browser/traceDrag";
import { verifyDrag } from "../browser/verifyDrag";
import { OUT_DIR } from "../build/paths";
import type { PreparedSize } from "../prepare";
import { cpuProfileRecorder } from "./cpuProfile";
import { hotspots } from "./hotspots";
import { installRenderCounter, renderCountRecorder } from "./renderCounts";

/**
 * The same drag, twice: once counting which React components render per move, once under
 * V8's sampling profiler (saves the .cpuprofile, which DevTools' Performance panel opens, and
 * prints the functions with the most self and total time per move).
 */
export async function profileCase(
  browser: Browser,
  baseUrl: string,
  prepared: PreparedSize,
  kind: PageKind,
  top: number,
): Promise<string> {
  const label = `${prepared.size.label} ${kind}`;
  const profile = await withPreparedPage(browser, baseUrl, prepared, kind, async (page, target) => {
    const recorder = await cpuProfileRecorder(page);
    const recording = await recordDrag(page, target, prepared.path, recorder);
    verifyDrag(label, recording, prepared.path, prepared.viewport.zoom);
    return recording.recorded;
  });
  const renders = await withPreparedPage(
    browser,
    baseUrl,
    prepared,
    kind,
    async (page, target) => {
      const recording = await recordDrag(page, target, prepared.path, renderCountRecorder(page));
      verifyDrag(label, recording, prepared.path, prepared.viewport.zoom);
      return recording.recorded;
    },
    installRenderCounter,
  );
  const file = resolve(
    OUT_DIR,
    "..",
    `profile-${prepared.size.label.replace("/", "-")}-${kind}.cpuprofile`,
  );
  writeFileSync(file, JSON.stringify(profile));
  const moves = prepared.path.length;
  const spots = hotspots(profile);
  const line = (name: string, ms: number) =>
    `  ${(ms / moves).toFixed(3).padStart(8)} ms/move  ${name}`;
  const rendered = Object.entries(renders.counts).sort((a, b) => b[1] - a[1]);
  return [
    `React renders per move (${(renders.commits / moves).toFixed(1)} commits per move):`,
    ...rendered
      .slice(0, top)
      .map(([name, n]) => `  ${(n / moves).toFixed(1).padStart(8)}  ${name}`),
    `CPU profile of the ${label} drag (${moves} moves), saved to ${file}`,
    "Self time:",
    ...spots.slice(0, top).map((s) => line(s.name, s.selfMs)),
    "Total time (function and its callees):",
    ...[...spots]
      .sort((a, b) => b.totalMs - a.totalMs)
      .slice(0, top)
      .map((s) => line(s.name, s.totalMs)),
  ].join("\n");
}
