import type { Page } from "playwright-core";
import type { Recorder } from "../browser/traceDrag";

/** The parts of a V8 CPU profile (Profiler.stop) this bench reads. */
export interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }>;
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Samples the renderer's JavaScript every 100 µs while recording. */
export async function cpuProfileRecorder(page: Page): Promise<Recorder<CpuProfile>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  return {
    start: async () => {
      await cdp.send("Profiler.start");
    },
    stop: async () => {
      const { profile } = await cdp.send("Profiler.stop");
      await cdp.detach();
      return profile as CpuProfile;
    },
  };
}
