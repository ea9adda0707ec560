import { newId } from "../domain/ids";
import type { ModelChange } from "./modelRepository";

/**
 * Cross-tab awareness over a BroadcastChannel: which models other tabs have open, and when another
 * tab saved or deleted one. This is for telling the user; safety comes from the revision check in
 * ModelRepository.saveModel, which holds even when messages are lost or BroadcastChannel is missing.
 */

export const TAB_CHANNEL_NAME = "threatcanvas";

/** The minimal channel TabSync needs; BroadcastChannel is adapted to it, tests pass a fake. */
export interface TabChannel {
  post(message: TabMessage): void;
  onMessage(listener: (data: unknown) => void): void;
  close(): void;
}

export type ChannelFactory = (name: string) => TabChannel | null;

export type TabMessage =
  /** This tab now shows the model; tabs showing the same model answer "present". */
  | { type: "opened"; modelId: string; tabId: string }
  | { type: "present"; modelId: string; tabId: string }
  | { type: "closed"; modelId: string; tabId: string }
  | { type: "saved"; modelId: string; revision: number; tabId: string }
  | { type: "deleted"; modelId: string; tabId: string };

export type TabSyncEvent =
  /** Another tab stored `modelId` at `revision`; `isOpenHere` when it is the model this tab shows. */
  | { type: "saved"; modelId: string; revision: number; tabId: string; isOpenHere: boolean }
  | { type: "deleted"; modelId: string; tabId: string; isOpenHere: boolean }
  /** The set of other tabs showing `modelId` changed. */
  | { type: "presence"; modelId: string; otherTabIds: string[] };

/** BroadcastChannel when the platform has one (not in older Node or some embedded browsers). */
export const broadcastChannelFactory: ChannelFactory = (name) => {
  if (typeof BroadcastChannel === "undefined") return null;
  const channel = new BroadcastChannel(name);
  return {
    post: (message) => channel.postMessage(message),
    onMessage: (listener) => channel.addEventListener("message", (event) => listener(event.data)),
    close: () => channel.close(),
  };
};

export interface TabSyncOptions {
  channelFactory?: ChannelFactory;
  tabId?: string;
  channelName?: string;
}

export class TabSync {
  readonly tabId: string;
  private readonly channel: TabChannel | null;
  private openModelId: string | null = null;
  /** Other tabs and the model each shows. */
  private readonly others = new Map<string, string>();
  private readonly listeners = new Set<(event: TabSyncEvent) => void>();

  constructor(options: TabSyncOptions = {}) {
    this.tabId = options.tabId ?? newId("tab");
    let channel: TabChannel | null = null;
    try {
      channel = (options.channelFactory ?? broadcastChannelFactory)(
        options.channelName ?? TAB_CHANNEL_NAME,
      );
    } catch {
      // No cross-tab awareness then; saves are still protected by revisions.
    }
    this.channel = channel;
    this.channel?.onMessage((data) => this.receive(data));
  }

  /** False when there is no channel: no events will come, presence is always empty. */
  get available(): boolean {
    return this.channel !== null;
  }

  subscribe(listener: (event: TabSyncEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Call when this tab opens a model (or closes it, with null). */
  setOpenModel(modelId: string | null): void {
    if (modelId === this.openModelId) return;
    if (this.openModelId !== null) this.post({ type: "closed", modelId: this.openModelId });
    this.openModelId = modelId;
    if (modelId !== null) this.post({ type: "opened", modelId });
  }

  /** Pass as ModelRepository's onChange so every write this tab makes is announced. */
  announce(change: ModelChange): void {
    if (change.type === "saved") {
      this.post({ type: "saved", modelId: change.modelId, revision: change.revision });
    } else {
      this.post({ type: "deleted", modelId: change.modelId });
    }
  }

  /** Ids of other tabs showing `modelId` (as far as their messages tell). */
  otherTabsWith(modelId: string): string[] {
    return [...this.others].filter(([, shown]) => shown === modelId).map(([tabId]) => tabId);
  }

  isOpenElsewhere(modelId: string): boolean {
    return this.otherTabsWith(modelId).length > 0;
  }

  /** Say goodbye (the open model is closed here) and stop listening. */
  close(): void {
    this.setOpenModel(null);
    this.listeners.clear();
    this.channel?.close();
  }

  private post(message: DistributiveOmit<TabMessage, "tabId">): void {
    try {
      this.channel?.post({ ...message, tabId: this.tabId } as TabMessage);
    } catch {
      // A closed channel or a browser refusing to post: awareness is best effort.
    }
  }

  private receive(data: unknown): void {
    const message = readMessage(data);
    if (!message || message.tabId === this.tabId) return;
    const isOpenHere = message.modelId === this.openModelId;
    switch (message.type) {
      case "opened":
      case "present": {
        const before = this.others.get(message.tabId);
        this.others.set(message.tabId, message.modelId);
        if (message.type === "opened" && isOpenHere) {
          this.post({ type: "present", modelId: message.modelId });
        }
        if (before !== undefined && before !== message.modelId) this.emitPresence(before);
        if (before !== message.modelId) this.emitPresence(message.modelId);
        return;
      }
      case "closed":
        if (this.others.get(message.tabId) !== message.modelId) return;
        this.others.delete(message.tabId);
        this.emitPresence(message.modelId);
        return;
      case "saved":
      case "deleted":
        this.emit({ ...message, isOpenHere });
        return;
    }
  }

  private emitPresence(modelId: string): void {
    this.emit({ type: "presence", modelId, otherTabIds: this.otherTabsWith(modelId) });
  }

  private emit(event: TabSyncEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

const TYPES = new Set(["opened", "present", "closed", "saved", "deleted"]);

/** Messages come from other tabs, possibly running another version of the app: check them. */
function readMessage(data: unknown): TabMessage | null {
  if (typeof data !== "object" || data === null) return null;
  const m = data as Record<string, unknown>;
  if (typeof m.type !== "string" || !TYPES.has(m.type)) return null;
  if (typeof m.modelId !== "string" || typeof m.tabId !== "string") return null;
  if (m.type === "saved") {
    if (!Number.isInteger(m.revision)) return null;
    return { type: "saved", modelId: m.modelId, tabId: m.tabId, revision: m.revision as number };
  }
  return {
    type: m.type as Exclude<TabMessage["type"], "saved">,
    modelId: m.modelId,
    tabId: m.tabId,
  };
}
