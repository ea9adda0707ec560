/**
 * A run that stops making progress says where, instead of waiting forever. Playwright's
 * `evaluate` has no timeout: a page that never answers (an IndexedDB request that never settles,
 * a renderer that stopped scheduling tasks) held a whole run for as long as nobody looked.
 *
 * - `step(what, allowMs)` names what the run is doing now and how long it may take;
 * - `within(ms, what, promise)` fails a single wait that takes longer than `ms`;
 * - `startWatchdog()` checks every few seconds and, once a step has overrun its allowance, prints
 *   the step and exits 1 (Playwright closes the browser on exit).
 */
let current = { what: "starting", since: Date.now(), allowMs: 5 * 60_000 };

export function step(what: string, allowMs = 4 * 60_000): void {
  current = { what, since: Date.now(), allowMs };
}

export function currentStep(): string {
  return current.what;
}

export function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what}: no answer from the page within ${ms / 1000} s`)),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function startWatchdog(log: (message: string) => void): () => void {
  const timer = setInterval(() => {
    const stalled = Date.now() - current.since;
    if (stalled <= current.allowMs) return;
    log(
      `no progress for ${(stalled / 1000).toFixed(0)} s while ${current.what} (allowed ${(current.allowMs / 1000).toFixed(0)} s): stopping`,
    );
    process.exit(1);
  }, 5000);
  timer.unref();
  return () => clearInterval(timer);
}
