import { describe, expect, it } from "vitest";
import { SKIP_WAITING } from "../../pwa/messages";
import { createUpdateFlow, type UpdateFlowDeps } from "./updateFlow";

class FakeWorker extends EventTarget {
  messages: unknown[] = [];
  constructor(public state: string) {
    super();
  }
  postMessage(message: unknown) {
    this.messages.push(message);
  }
  become(state: string) {
    this.state = state;
    this.dispatchEvent(new Event("statechange"));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  updates = 0;
  async update() {
    this.updates += 1;
  }
  /** The browser found a new version and starts installing it. */
  found(worker: FakeWorker) {
    this.installing = worker;
    this.dispatchEvent(new Event("updatefound"));
  }
  /** It installed and now waits. */
  installed(worker: FakeWorker) {
    this.installing = null;
    this.waiting = worker;
    worker.become("installed");
  }
}

class FakeContainer extends EventTarget {
  registered: string[] = [];
  failRegister = false;
  /** What a stubbed register() (a browser that blocks workers) resolves to. */
  stubbed = false;
  constructor(
    public controller: unknown,
    public registration = new FakeRegistration(),
  ) {
    super();
  }
  async register(url: string) {
    if (this.failRegister) throw new Error("SecurityError");
    if (this.stubbed) return undefined as unknown as FakeRegistration;
    this.registered.push(url);
    return this.registration;
  }
  /** A worker took control (this or another tab activated it). */
  takeOver(worker: FakeWorker) {
    this.controller = worker;
    this.registration.waiting = null;
    worker.become("activated");
    this.dispatchEvent(new Event("controllerchange"));
  }
}

function setup(
  options: {
    controlled?: boolean;
    blocker?: () => string | null;
    afterSaving?: string | null;
  } = {},
) {
  const container = new FakeContainer(options.controlled === false ? null : { old: true });
  const reloads: number[] = [];
  let settled = 0;
  let checks: (() => void) | null = null;
  const deps: UpdateFlowDeps = {
    container,
    scriptUrl: "/sw.js",
    scope: "/",
    blockerNow: options.blocker ?? (() => null),
    settle: async () => {
      settled += 1;
      return options.afterSaving ?? null;
    },
    reload: () => reloads.push(Date.now()),
    setInterval: (run) => (checks = run),
  };
  const flow = createUpdateFlow(deps);
  return {
    flow,
    container,
    registration: container.registration,
    reloads,
    settled: () => settled,
    check: () => checks?.(),
  };
}

describe("offering a new version", () => {
  it("registers the worker, offers a version once installed, and reloads only when asked", async () => {
    const { flow, container, registration, reloads, settled } = setup();
    await flow.start();
    expect(container.registered).toEqual(["/sw.js"]);
    const next = new FakeWorker("installing");
    registration.found(next);
    expect(flow.getState().status).toBe("none"); // not before it has installed
    registration.installed(next);
    expect(flow.getState()).toEqual({ status: "ready", blocker: null, dismissed: false });
    expect(reloads).toEqual([]);
    expect(next.messages).toEqual([]);

    await flow.reload();
    expect(settled()).toBe(1);
    expect(next.messages).toEqual([SKIP_WAITING]);
    expect(flow.getState().status).toBe("activating");
    expect(reloads).toEqual([]); // not until the new version controls the page
    container.takeOver(next);
    expect(reloads).toHaveLength(1);
    container.dispatchEvent(new Event("controllerchange"));
    expect(reloads).toHaveLength(1);
  });

  it("offers a version that was already waiting when the page loaded", async () => {
    const { flow, registration } = setup();
    registration.waiting = new FakeWorker("installed");
    await flow.start();
    expect(flow.getState().status).toBe("ready");
  });

  it("says nothing when the first install takes control of the page", async () => {
    const { flow, container, registration, reloads } = setup({ controlled: false });
    await flow.start();
    const first = new FakeWorker("installing");
    registration.found(first);
    registration.installed(first);
    expect(flow.getState().status).toBe("none");
    container.takeOver(first);
    expect(flow.getState().status).toBe("none");
    expect(reloads).toEqual([]);
    // A later version, found while this page stays open, is offered.
    const next = new FakeWorker("installing");
    registration.found(next);
    registration.installed(next);
    expect(flow.getState().status).toBe("ready");
  });

  it("does not reload while the user is typing, and says why", async () => {
    let typing: string | null = "Finish typing in “Name” first";
    const { flow, registration, reloads } = setup({ blocker: () => typing });
    await flow.start();
    const next = new FakeWorker("installing");
    registration.found(next);
    registration.installed(next);
    await flow.reload();
    expect(flow.getState()).toMatchObject({ status: "ready", blocker: typing });
    expect(next.messages).toEqual([]);
    expect(reloads).toEqual([]);
    flow.recheck();
    expect(flow.getState().blocker).toBe(typing);
    typing = null; // committed
    flow.recheck();
    expect(flow.getState().blocker).toBeNull();
    expect(reloads).toEqual([]); // committing does not reload by itself
    await flow.reload();
    expect(next.messages).toEqual([SKIP_WAITING]);
  });

  it("does not reload when saving leaves something at risk", async () => {
    const { flow, registration, reloads, settled } = setup({ afterSaving: "Not saved yet" });
    const next = new FakeWorker("installed");
    registration.waiting = next;
    await flow.start();
    await flow.reload();
    expect(settled()).toBe(1);
    expect(flow.getState()).toMatchObject({ status: "ready", blocker: "Not saved yet" });
    expect(next.messages).toEqual([]);
    expect(reloads).toEqual([]);
  });

  it("leaves a tab alone when another tab took the new version, and offers it there", async () => {
    const { flow, container, registration, reloads } = setup();
    await flow.start();
    const next = new FakeWorker("installing");
    registration.found(next);
    registration.installed(next);
    container.takeOver(next); // the other tab's click
    expect(flow.getState().status).toBe("activeElsewhere");
    expect(reloads).toEqual([]);
    await flow.reload();
    expect(next.messages).toEqual([]); // nothing to activate: only a reload
    expect(reloads).toHaveLength(1);
  });

  it("hides on Later until something new happens", async () => {
    const { flow, registration } = setup();
    await flow.start();
    const next = new FakeWorker("installing");
    registration.found(next);
    registration.installed(next);
    flow.dismiss();
    expect(flow.getState()).toMatchObject({ status: "ready", dismissed: true });
    const newer = new FakeWorker("installing");
    registration.found(newer);
    next.become("redundant");
    registration.installed(newer);
    expect(flow.getState()).toMatchObject({ status: "ready", dismissed: false });
    await flow.reload();
    expect(newer.messages).toEqual([SKIP_WAITING]);
    expect(next.messages).toEqual([]);
  });

  it("withdraws the offer when the waiting version goes away", async () => {
    const { flow, registration } = setup();
    await flow.start();
    const next = new FakeWorker("installing");
    registration.found(next);
    registration.installed(next);
    registration.waiting = null;
    next.become("redundant");
    expect(flow.getState().status).toBe("none");
  });

  it("checks for new versions now and then, quietly when offline", async () => {
    const { flow, registration, check } = setup();
    await flow.start();
    check();
    expect(registration.updates).toBe(1);
    registration.update = async () => {
      throw new TypeError("Failed to fetch");
    };
    check();
    await Promise.resolve();
    expect(flow.getState().status).toBe("none");
  });

  it("leaves the app as it is when the browser refuses the worker", async () => {
    const { flow, container } = setup();
    container.failRegister = true;
    await expect(flow.start()).resolves.toBeUndefined();
    expect(flow.getState().status).toBe("none");
    await flow.reload();
  });

  it("leaves the app as it is when register() is a stub that returns nothing", async () => {
    const { flow, container } = setup();
    container.stubbed = true;
    await expect(flow.start()).resolves.toBeUndefined();
    expect(flow.getState().status).toBe("none");
  });
});
