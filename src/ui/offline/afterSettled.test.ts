import { describe, expect, it } from "vitest";
import { afterSettled, type SettleSignals } from "./afterSettled";

/** Signals driven by the test: load, session changes and idle periods happen when it says. */
function fakeSignals(initial: { loaded: boolean; starting: boolean }) {
  const state = { ...initial };
  const loadListeners: Array<() => void> = [];
  let sessionListeners: Array<() => void> = [];
  const idleRuns: Array<() => void> = [];
  const signals: SettleSignals = {
    loaded: () => state.loaded,
    onLoad: (listener) => loadListeners.push(listener),
    starting: () => state.starting,
    subscribe: (listener) => {
      sessionListeners.push(listener);
      return () => {
        sessionListeners = sessionListeners.filter((l) => l !== listener);
      };
    },
    whenIdle: (run) => idleRuns.push(run),
  };
  return {
    signals,
    load() {
      state.loaded = true;
      loadListeners.splice(0).forEach((l) => l());
    },
    setStarting(starting: boolean) {
      state.starting = starting;
      [...sessionListeners].forEach((l) => l());
    },
    idle() {
      idleRuns.splice(0).forEach((r) => r());
    },
    get subscribers() {
      return sessionListeners.length;
    },
    get idleWaits() {
      return idleRuns.length;
    },
  };
}

describe("afterSettled", () => {
  it("waits for the load event, then the first model, then an idle period", () => {
    const fake = fakeSignals({ loaded: false, starting: true });
    let runs = 0;
    afterSettled(fake.signals, () => runs++);
    fake.idle();
    fake.setStarting(true);
    expect(runs).toBe(0);

    fake.load();
    fake.idle();
    expect(runs).toBe(0);
    expect(fake.subscribers).toBe(1);

    fake.setStarting(false);
    expect(runs).toBe(0);
    expect(fake.subscribers).toBe(0);
    fake.idle();
    expect(runs).toBe(1);
  });

  it("only waits for idle when the page has loaded and the model is open already", () => {
    const fake = fakeSignals({ loaded: true, starting: false });
    let runs = 0;
    afterSettled(fake.signals, () => runs++);
    expect(fake.subscribers).toBe(0);
    expect(runs).toBe(0);
    fake.idle();
    expect(runs).toBe(1);
  });

  it("runs once, however often the session changes afterwards", () => {
    const fake = fakeSignals({ loaded: true, starting: true });
    let runs = 0;
    afterSettled(fake.signals, () => runs++);
    fake.setStarting(false);
    fake.setStarting(true);
    fake.setStarting(false);
    expect(fake.idleWaits).toBe(1);
    fake.idle();
    fake.idle();
    expect(runs).toBe(1);
  });
});
