import { SKIP_WAITING } from "../../pwa/messages";

/**
 * Registers the service worker and offers a new version without ever forcing it: a new worker
 * that has installed waits (the worker never skips waiting by itself) until the user clicks
 * "Reload", and even then only when reloading loses nothing (see reloadBlocker). Another tab
 * that took the update leaves this one running as it is, with the same offer.
 *
 * The browser objects are reached through the small interfaces below, so tests drive the flow
 * with fakes.
 */
export interface WorkerLike extends EventTarget {
  readonly state: string;
  postMessage(message: unknown): void;
}
export interface RegistrationLike extends EventTarget {
  readonly installing: WorkerLike | null;
  readonly waiting: WorkerLike | null;
  update(): Promise<unknown>;
}
export interface ContainerLike extends EventTarget {
  readonly controller: unknown;
  register(url: string, options?: { scope?: string }): Promise<RegistrationLike>;
}

export type UpdateStatus =
  /** Nothing to offer. */
  | "none"
  /** A new version is installed and waits for the user. */
  | "ready"
  /** The user clicked Reload: the new version is taking over, then the page reloads. */
  | "activating"
  /** Another tab took the new version; this page still runs the one it loaded. */
  | "activeElsewhere";

export interface UpdateState {
  status: UpdateStatus;
  /** Why the last click on Reload did not reload (shown in the notice), or null. */
  blocker: string | null;
  /** "Later" was clicked: hidden until something new happens. */
  dismissed: boolean;
}

export interface UpdateFlowDeps {
  container: ContainerLike;
  scriptUrl: string;
  scope: string;
  /** Why reloading now would lose something the user has not finished, or null. */
  blockerNow(): string | null;
  /** Store everything committed; why reloading would still lose something, or null. */
  settle(): Promise<string | null>;
  reload(): void;
  /** How often an open tab asks whether a newer version was published. */
  checkEveryMs?: number;
  setInterval?: (run: () => void, ms: number) => unknown;
}

const HOUR = 60 * 60 * 1000;

export function createUpdateFlow(deps: UpdateFlowDeps) {
  let state: UpdateState = { status: "none", blocker: null, dismissed: false };
  const listeners = new Set<() => void>();
  let registration: RegistrationLike | null = null;
  let waiting: WorkerLike | null = null;
  // The first install takes control of a page that had none: that is not a new version.
  let hadController = deps.container.controller != null;
  let reloading = false;

  const set = (next: Partial<UpdateState>) => {
    state = { ...state, ...next };
    for (const listener of [...listeners]) listener();
  };

  const offer = (worker: WorkerLike) => {
    if (!hadController || state.status === "activating") return;
    waiting = worker;
    set({ status: "ready", blocker: null, dismissed: false });
  };

  /** Offer `worker` once it has installed (and not before: it may still fail). */
  const follow = (worker: WorkerLike | null) => {
    if (!worker) return;
    if (worker.state === "installed") offer(worker);
    worker.addEventListener("statechange", () => {
      if (worker.state === "installed") offer(worker);
      if (worker.state === "redundant" && worker === waiting) {
        waiting = registration?.waiting ?? null;
        if (!waiting && state.status !== "activeElsewhere") set({ status: "none", blocker: null });
      }
    });
  };

  const reloadOnce = () => {
    if (reloading) return;
    reloading = true;
    deps.reload();
  };

  return {
    getState: (): UpdateState => state,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /** Register the worker; a failure (private mode, blocked by policy) leaves the app as is. */
    async start(): Promise<void> {
      deps.container.addEventListener("controllerchange", () => {
        if (state.status === "activating") return reloadOnce();
        if (!hadController) {
          hadController = true;
          return;
        }
        waiting = null;
        set({ status: "activeElsewhere", blocker: null, dismissed: false });
      });
      try {
        registration = await deps.container.register(deps.scriptUrl, { scope: deps.scope });
      } catch {
        return;
      }
      // Not a registration: a stub in its place (test browsers that block workers) does that.
      const reg = registration as RegistrationLike | undefined;
      if (!reg || typeof reg.addEventListener !== "function") return;
      follow(reg.waiting);
      follow(reg.installing);
      reg.addEventListener("updatefound", () => follow(reg.installing));
      (deps.setInterval ?? setInterval)(() => {
        reg.update().catch(() => undefined); // offline: next time
      }, deps.checkEveryMs ?? HOUR);
    },

    /** The user clicked Reload. */
    async reload(): Promise<void> {
      if (state.status === "none" || state.status === "activating") return;
      const blocker = deps.blockerNow() ?? (await deps.settle());
      if (blocker) {
        set({ blocker });
        return;
      }
      const worker = state.status === "ready" ? (registration?.waiting ?? waiting) : null;
      if (!worker) return reloadOnce(); // already active (another tab took it)
      set({ status: "activating", blocker: null });
      worker.postMessage(SKIP_WAITING);
    },

    /** The user clicked Later. */
    dismiss(): void {
      set({ dismissed: true, blocker: null });
    },

    /** What the notice says may have changed (typing was committed, the conflict resolved). */
    recheck(): void {
      if (state.blocker !== null && deps.blockerNow() === null) set({ blocker: null });
    },
  };
}

export type UpdateFlow = ReturnType<typeof createUpdateFlow>;
