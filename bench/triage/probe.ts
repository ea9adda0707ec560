import type { Page } from "playwright-core";

/**
 * Click (or key) to paint, measured in the page: from the input event's timestamp to a task
 * posted from the next animation frame, which runs once that frame is painted. The event's
 * handlers, React's render and commit (synchronous for discrete input), style, layout and paint
 * all fall inside. Armed per interaction, so the steps that lead up to one are not counted.
 */
const PROBE_SCRIPT = `(() => {
  const state = { armed: false, samples: [], waiting: null };
  window.__latency = state;
  const onInput = (event) => {
    if (!state.armed) return;
    state.armed = false;
    const start = event.timeStamp;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        state.samples.push(performance.now() - start);
        if (state.waiting) state.waiting();
      };
      channel.port2.postMessage(null);
    });
  };
  addEventListener("click", onInput, true);
  addEventListener("keydown", onInput, true);
})();`;

interface ProbeState {
  armed: boolean;
  samples: number[];
  waiting: (() => void) | null;
}

export async function installProbe(page: Page): Promise<void> {
  await page.addInitScript({ content: PROBE_SCRIPT });
}

export async function arm(page: Page): Promise<number> {
  return page.evaluate(() => {
    const state = (window as unknown as { __latency: ProbeState }).__latency;
    state.armed = true;
    return state.samples.length;
  });
}

/**
 * Waits for the sample the armed interaction produced, without polling the page (a poll would
 * run on the main thread inside the interval being measured).
 */
export async function sample(page: Page, before: number): Promise<number> {
  // A string, not a function: tsx would carry its __name helper into the page.
  return page.evaluate(`new Promise((resolve, reject) => {
    const state = window.__latency;
    const n = ${before};
    const timer = setTimeout(() => reject(new Error("no paint within 30 s")), 30000);
    const done = () => {
      if (state.samples.length <= n) return;
      clearTimeout(timer);
      state.waiting = null;
      resolve(state.samples[n]);
    };
    state.waiting = done;
    done();
  })`) as Promise<number>;
}

interface CounterState {
  counting: boolean;
  commits: number;
  counts: Record<string, number>;
}

/** Starts counting React renders afresh (the counter of bench/canvas, reset per interaction). */
export async function startCounting(page: Page): Promise<void> {
  await page.evaluate(() => {
    const s = (window as unknown as { __benchRenders: CounterState }).__benchRenders;
    s.commits = 0;
    s.counts = {};
    s.counting = true;
  });
}

export async function stopCounting(
  page: Page,
): Promise<{ commits: number; counts: Record<string, number> }> {
  return page.evaluate(() => {
    const s = (window as unknown as { __benchRenders: CounterState }).__benchRenders;
    s.counting = false;
    return { commits: s.commits, counts: { ...s.counts } };
  });
}
