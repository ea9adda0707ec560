/**
 * Runs `run` once the page has loaded, the session has opened what it opens first (a model, the
 * empty state, or the storage-unavailable state) and then the main thread is idle. Work that can
 * wait (registering the service worker, which fetches and caches every file of the build) then
 * never competes with showing the model: on a first visit it ran while a 1,000-element model was
 * opening and delayed it by about 0.4 s on two cores.
 */
export interface SettleSignals {
  /** Whether the page's load event has fired. */
  loaded(): boolean;
  /** Calls `listener` once, when the page's load event fires. */
  onLoad(listener: () => void): void;
  /** Whether the session is still opening its first model. */
  starting(): boolean;
  /** Calls `listener` on every change of the session; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Calls `run` once, when the main thread is next idle. */
  whenIdle(run: () => void): void;
}

export function afterSettled(signals: SettleSignals, run: () => void): void {
  let done = false;
  const onIdle = () => {
    if (done) return;
    done = true;
    run();
  };
  const afterOpen = () => {
    if (!signals.starting()) {
      signals.whenIdle(onIdle);
      return;
    }
    const stop = signals.subscribe(() => {
      if (signals.starting()) return;
      stop();
      signals.whenIdle(onIdle);
    });
  };
  if (signals.loaded()) afterOpen();
  else signals.onLoad(afterOpen);
}

/** The longest the idle wait lasts on a page that never goes idle. */
export const IDLE_TIMEOUT_MS = 5000;

/** `whenIdle` of a browser page: an idle callback where there is one, else a short timer. */
export function browserWhenIdle(run: () => void): void {
  if (typeof requestIdleCallback === "function")
    requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(run, 500);
}
