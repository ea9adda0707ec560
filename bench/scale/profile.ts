import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { cpuProfileRecorder, type CpuProfile } from "../canvas/profile/cpuProfile";
import { hotspots, type Hotspot } from "../canvas/profile/hotspots";
import { REPO_ROOT } from "./build";
import type { Driver } from "./interact";
import { MODELS, type ModelKey } from "./models";
import { openFromStorage, untilInteractive } from "./open";
import { selectDeselect, typeInInspector, undoRedo } from "./scenarios";

const OUT = resolve(REPO_ROOT, "bench/.out");

/** Hotspots summed over several profiles (one per interaction). */
function merged(profiles: readonly CpuProfile[]): Hotspot[] {
  const byName = new Map<string, Hotspot>();
  for (const profile of profiles) {
    for (const h of hotspots(profile)) {
      const known = byName.get(h.name) ?? { name: h.name, selfMs: 0, totalMs: 0 };
      known.selfMs += h.selfMs;
      known.totalMs += h.totalMs;
      byName.set(h.name, known);
    }
  }
  return [...byName.values()];
}

function print(title: string, profiles: readonly CpuProfile[], file: string): void {
  mkdirSync(OUT, { recursive: true });
  profiles.forEach((p, i) =>
    writeFileSync(resolve(OUT, `${file}-${i + 1}.cpuprofile`), JSON.stringify(p)),
  );
  const spots = merged(profiles).filter(
    (h) => h.name !== "(idle) :0:0" && h.name !== "(root) :0:0",
  );
  const n = Math.max(1, profiles.length);
  const row = (h: Hotspot) =>
    `  ${(h.selfMs / n).toFixed(1).padStart(8)} ms self ${(h.totalMs / n).toFixed(1).padStart(8)} ms total  ${h.name}`;
  console.log(
    [
      `\n${title}: per interaction, mean of ${profiles.length} (bench/.out/${file}-N.cpuprofile)`,
      "  by self time:",
      ...[...spots]
        .sort((a, b) => b.selfMs - a.selfMs)
        .slice(0, 25)
        .map(row),
      "  by total time:",
      ...[...spots]
        .sort((a, b) => b.totalMs - a.totalMs)
        .slice(0, 35)
        .map(row),
    ].join("\n"),
  );
}

/** A driver that profiles each interaction on its own. */
function profilingDriver(page: Page): { driver: Driver; take(): CpuProfile[] } {
  let profiles: CpuProfile[] = [];
  let recorder: Awaited<ReturnType<typeof cpuProfileRecorder>> | null = null;
  const driver: Driver = {
    page,
    trace: null,
    profile: {
      start: async () => {
        recorder = await cpuProfileRecorder(page);
        await recorder.start();
      },
      stop: async () => {
        if (recorder) profiles.push(await recorder.stop());
        recorder = null;
      },
    },
  };
  return {
    driver,
    take: () => {
      const out = profiles;
      profiles = [];
      return out;
    },
  };
}

export type ProfilePart = "open" | "undo" | "typing" | "select";
export const PROFILE_PARTS: readonly ProfilePart[] = ["open", "undo", "typing", "select"];

/** The reload of an opened model, profiled from navigation until interactive (see open.ts). */
async function profileOpen(browser: Browser, url: string, key: ModelKey): Promise<void> {
  const opened = await openFromStorage(browser, url, MODELS[key].make());
  try {
    const recorder = await cpuProfileRecorder(opened.page);
    await recorder.start();
    await opened.page.reload();
    const timing = await untilInteractive(opened.page, opened.errors);
    print(
      `Reopening the ${MODELS[key].label} model (reload until interactive: shown ${(timing.shownMs / 1000).toFixed(2)} s, interactive ${(timing.interactiveMs / 1000).toFixed(2)} s)`,
      [await recorder.stop()],
      `scale-open-${key}`,
    );
  } finally {
    await opened.close();
  }
}

/** `--profile`: each path under V8's sampling profiler (unminified build). */
export async function profileRun(
  browser: Browser,
  url: string,
  parts: readonly ProfilePart[] = PROFILE_PARTS,
): Promise<void> {
  const open = async (key: ModelKey) => openFromStorage(browser, url, MODELS[key].make());
  if (parts.includes("open")) {
    await profileOpen(browser, url, "1000");
    await profileOpen(browser, url, "5000");
  }
  if (parts.includes("undo")) {
    const opened = await open("5000");
    const { driver, take } = profilingDriver(opened.page);
    await undoRedo(driver, 4);
    const profiles = take();
    print(
      "Undo at 5,000 elements",
      profiles.filter((_, i) => i % 2 === 0),
      "scale-undo-5000",
    );
    print(
      "Redo at 5,000 elements",
      profiles.filter((_, i) => i % 2 === 1),
      "scale-redo-5000",
    );
    await opened.close();
  }
  if (parts.includes("typing")) {
    const opened = await open("1000");
    const { driver, take } = profilingDriver(opened.page);
    await typeInInspector(driver, 10);
    print("Typing into the Name field at 1,000 elements", take(), "scale-typing-1000");
    await opened.close();
  }
  if (parts.includes("select")) {
    const opened = await open("sample");
    const { driver, take } = profilingDriver(opened.page);
    await selectDeselect(driver, 6);
    const profiles = take();
    print(
      "Select on the sample",
      profiles.filter((_, i) => i % 2 === 0),
      "scale-select-sample",
    );
    print(
      "Deselect on the sample",
      profiles.filter((_, i) => i % 2 === 1),
      "scale-deselect-sample",
    );
    await undoRedo(driver, 6);
    print("Undo/redo on the sample", take(), "scale-undo-sample");
    await opened.close();
  }
}
