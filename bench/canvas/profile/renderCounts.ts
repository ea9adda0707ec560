import type { Page } from "playwright-core";
import type { Recorder } from "../browser/traceDrag";

/** Component name -> renders while recording. */
export type RenderCounts = Record<string, number>;

interface CounterState {
  counting: boolean;
  commits: number;
  counts: RenderCounts;
}

/**
 * Counts which React components rendered, through the DevTools hook React calls on every
 * commit (production builds call it too). Install before the page's scripts run.
 *
 * A fiber rendered in a commit when it was cloned for that render (it was not the current
 * fiber after the previous commit) and React flagged it PerformedWork (1): memo bail-outs and
 * untouched subtrees are not counted.
 */
export async function installRenderCounter(page: Page): Promise<void> {
  // Plain JavaScript: a function from this file would carry tsx's __name helpers into the page.
  await page.addInitScript({ content: COUNTER_SCRIPT });
}

const COUNTER_SCRIPT = `(() => {
  const state = { counting: false, commits: 0, counts: {} };
  const lastSeen = new WeakMap();
  let commit = 0;
  function nameOf(type) {
    if (typeof type === "function") return type.displayName || type.name || null;
    if (type && typeof type === "object") {
      return type.displayName || nameOf(type.render) || nameOf(type.type);
    }
    return null;
  }
  function walk(root) {
    commit++;
    const stack = [root];
    while (stack.length > 0) {
      const fiber = stack.pop();
      const fresh = lastSeen.get(fiber) !== commit - 1;
      lastSeen.set(fiber, commit);
      if (state.counting && fresh && (fiber.flags & 1) === 1) {
        const name = nameOf(fiber.type);
        if (name) state.counts[name] = (state.counts[name] || 0) + 1;
      }
      if (fiber.sibling) stack.push(fiber.sibling);
      if (fiber.child) stack.push(fiber.child);
    }
    if (state.counting) state.commits++;
  }
  window.__benchRenders = state;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => undefined,
    onScheduleFiberRoot: () => undefined,
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    onCommitFiberRoot: (_id, root) => walk(root.current),
  };
})();`;

export function renderCountRecorder(
  page: Page,
): Recorder<{ commits: number; counts: RenderCounts }> {
  return {
    start: async () => {
      await page.evaluate(() => {
        (window as unknown as { __benchRenders: CounterState }).__benchRenders.counting = true;
      });
    },
    stop: () =>
      page.evaluate(() => {
        const s = (window as unknown as { __benchRenders: CounterState }).__benchRenders;
        s.counting = false;
        return { commits: s.commits, counts: s.counts };
      }),
  };
}
