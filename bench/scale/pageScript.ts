import type { Page } from "playwright-core";

/**
 * Installed before the app's scripts (addInitScript), plain JavaScript (a function from this file
 * would carry tsx's helpers into the page):
 *
 * - long tasks (>= 50 ms) as the browser reports them, from the start of navigation;
 * - `shownAt`: the first painted frame in which the model's title, its nodes and its findings
 *   ("N of M shown", M > 0) are all on screen;
 * - input-to-paint of armed interactions: from the input event's timestamp (pointerdown for a
 *   click, keydown for a key) to a task posted from the next animation frame after the click or
 *   keydown, which runs once that frame has been painted (as bench/triage measures).
 */
const SCRIPT = `(() => {
  const s = { longTasks: [], shownAt: null, armed: null, samples: [], waiting: null };
  window.__scale = s;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) s.longTasks.push([e.startTime, e.startTime + e.duration]);
    }).observe({ type: "longtask", buffered: true });
  } catch (error) {}
  const afterPaint = (done) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = done;
      channel.port2.postMessage(null);
    });
  const expected = () => window.__SCALE_EXPECT__;
  const isShown = () => {
    const want = expected();
    if (!want) return false;
    const title = document.querySelector(".tc-model-title");
    if (!title || title.textContent !== want.name) return false;
    if (!document.querySelector(".react-flow__node")) return false;
    const m = /^(\\d+) of (\\d+) shown$/.exec(document.querySelector(".tc-shown")?.textContent ?? "");
    return m !== null && Number(m[2]) > 0;
  };
  const watch = () => {
    if (isShown()) afterPaint(() => { s.shownAt = performance.now(); });
    else requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
  let start = null;
  const finish = () => {
    const began = start;
    start = null;
    afterPaint(() => {
      s.samples.push({ start: began, end: performance.now() });
      if (s.waiting) s.waiting();
    });
  };
  addEventListener("pointerdown", (event) => {
    if (s.armed !== "click") return;
    start = event.timeStamp;
  }, true);
  addEventListener("click", () => {
    if (s.armed !== "click" || start === null) return;
    s.armed = null;
    finish();
  }, true);
  // A shortcut is timed from its key, not from the modifiers pressed before it: Playwright sends
  // "Control+Shift+z" as three keydowns, and the frame after the first could paint before the
  // z arrived (a redo then measured nothing but the Control).
  const MODIFIERS = ["Control", "Shift", "Alt", "Meta"];
  addEventListener("keydown", (event) => {
    if (s.armed !== "key" || MODIFIERS.includes(event.key)) return;
    s.armed = null;
    start = event.timeStamp;
    finish();
  }, true);
})();`;

export interface ScaleExpect {
  name: string;
}

export async function installPageScript(page: Page, expect: ScaleExpect): Promise<void> {
  await page.addInitScript((value) => {
    (window as unknown as { __SCALE_EXPECT__: unknown }).__SCALE_EXPECT__ = value;
  }, expect);
  await page.addInitScript({ content: SCRIPT });
}

/** Arms the probe for the next click or key press; returns the sample count before it. */
export async function arm(page: Page, kind: "click" | "key"): Promise<number> {
  return page.evaluate(
    `(() => { window.__scale.armed = ${JSON.stringify(kind)}; return window.__scale.samples.length; })()`,
  ) as Promise<number>;
}

export interface Sample {
  /** performance.now() of the input event. */
  start: number;
  /** ... and of the task after the painted frame. */
  end: number;
}

/** Waits for the armed interaction's sample without polling the page. */
export function sample(page: Page, before: number): Promise<Sample> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const s = window.__scale;
    const timer = setTimeout(() => reject(new Error("no paint within 60 s")), 60000);
    const done = () => {
      if (s.samples.length <= ${before}) return;
      clearTimeout(timer);
      s.waiting = null;
      resolve(s.samples[${before}]);
    };
    s.waiting = done;
    done();
  })`) as Promise<Sample>;
}

/** Long tasks ([start, end] in page ms) reported so far. */
export function longTasks(page: Page): Promise<Array<[number, number]>> {
  return page.evaluate("window.__scale.longTasks.slice()") as Promise<Array<[number, number]>>;
}

export function shownAt(page: Page): Promise<number | null> {
  return page.evaluate("window.__scale.shownAt") as Promise<number | null>;
}

export function pageNow(page: Page): Promise<number> {
  return page.evaluate("performance.now()") as Promise<number>;
}

/**
 * Resolves when the page's main thread is quiet: an idle callback (or its 1 s timeout) with no
 * long task in the 300 ms before it, twice. Headless Chromium gives no idle period at all while
 * an element is selected at 5,000 elements (no script runs: a CPU profile shows it idle), so the
 * old wait of up to 5 s for one, twice, cost 10 s per measured interaction there.
 */
export async function idle(page: Page): Promise<void> {
  await page.evaluate(`new Promise((resolve) => {
    const tasks = window.__scale.longTasks;
    const quiet = () => performance.now() - (tasks.length ? tasks[tasks.length - 1][1] : 0) >= 300;
    let calm = 0;
    const attempt = (tries) => requestIdleCallback(() => {
      calm = quiet() ? calm + 1 : 0;
      if (calm >= 2 || tries > 30) resolve();
      else setTimeout(() => attempt(tries + 1), 50);
    }, { timeout: 1000 });
    attempt(0);
  })`);
}
