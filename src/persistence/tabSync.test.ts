import { afterEach, describe, expect, it } from "vitest";
import { createEmptyModel } from "../domain/document";
import type { ThreatCanvasDb } from "./db";
import { ModelRepository } from "./modelRepository";
import { TabSync, type TabSyncEvent } from "./tabSync";
import { FakeHub, freshStorage, openTab } from "./testSupport";

function tabs(hub: FakeHub, ...ids: string[]) {
  return ids.map((tabId) => {
    const sync = new TabSync({ channelFactory: hub.factory, tabId });
    const events: TabSyncEvent[] = [];
    sync.subscribe((e) => events.push(e));
    return { sync, events };
  });
}

describe("TabSync", () => {
  const dbs: ThreatCanvasDb[] = [];
  afterEach(() => {
    for (const db of dbs.splice(0)) db.close();
  });

  it("tells a tab when another tab saved the model it has open", () => {
    const hub = new FakeHub();
    const [a, b] = tabs(hub, "A", "B");
    a!.sync.setOpenModel("m1");
    b!.sync.setOpenModel("m1");
    a!.sync.announce({ type: "saved", modelId: "m1", revision: 4 });
    expect(b!.events.filter((e) => e.type === "saved")).toEqual([
      { type: "saved", modelId: "m1", revision: 4, tabId: "A", isOpenHere: true },
    ]);
    // The sender does not hear itself.
    expect(a!.events.filter((e) => e.type === "saved")).toEqual([]);

    a!.sync.announce({ type: "saved", modelId: "m2", revision: 1 });
    expect(b!.events.at(-1)).toMatchObject({ type: "saved", modelId: "m2", isOpenHere: false });
    a!.sync.announce({ type: "deleted", modelId: "m1" });
    expect(b!.events.at(-1)).toEqual({
      type: "deleted",
      modelId: "m1",
      tabId: "A",
      isOpenHere: true,
    });
  });

  it("knows which models are open in other tabs, including tabs opened earlier", () => {
    const hub = new FakeHub();
    const [a, b, c] = tabs(hub, "A", "B", "C");
    a!.sync.setOpenModel("m1");
    // B opens m1 later: A answers, so B learns A was already there.
    b!.sync.setOpenModel("m1");
    expect(b!.sync.otherTabsWith("m1")).toEqual(["A"]);
    expect(a!.sync.otherTabsWith("m1")).toEqual(["B"]);
    expect(a!.events).toContainEqual({ type: "presence", modelId: "m1", otherTabIds: ["B"] });
    expect(c!.sync.isOpenElsewhere("m1")).toBe(true);

    b!.sync.setOpenModel("m2");
    expect(a!.sync.isOpenElsewhere("m1")).toBe(false);
    expect(a!.events.at(-1)).toEqual({ type: "presence", modelId: "m2", otherTabIds: ["B"] });
    expect(a!.events).toContainEqual({ type: "presence", modelId: "m1", otherTabIds: [] });

    b!.sync.close();
    expect(a!.sync.otherTabsWith("m2")).toEqual([]);
    expect(c!.sync.otherTabsWith("m1")).toEqual(["A"]);
  });

  it("ignores malformed messages and its own", () => {
    const hub = new FakeHub();
    const [a] = tabs(hub, "A");
    a!.sync.setOpenModel("m1");
    for (const junk of [
      null,
      "hi",
      { type: "saved", modelId: "m1", tabId: "B" },
      { type: "nuke", modelId: "m1", tabId: "B" },
      { type: "opened", modelId: 3, tabId: "B" },
    ]) {
      hub.inject(junk);
    }
    hub.inject({ type: "saved", modelId: "m1", tabId: "A", revision: 2 });
    expect(a!.events).toEqual([]);
  });

  it("works as a silent no-op without BroadcastChannel", () => {
    const sync = new TabSync({ channelFactory: () => null });
    expect(sync.available).toBe(false);
    sync.setOpenModel("m1");
    sync.announce({ type: "saved", modelId: "m1", revision: 1 });
    expect(sync.otherTabsWith("m1")).toEqual([]);
    sync.close();
    const throwing = new TabSync({
      channelFactory: () => {
        throw new Error("SecurityError");
      },
    });
    expect(throwing.available).toBe(false);
  });

  it("wired to repositories, a save in one tab reaches the other tab", async () => {
    const hub = new FakeHub();
    const [a, b] = tabs(hub, "A", "B");
    const storage = freshStorage();
    const dbA = openTab(storage);
    const dbB = openTab(storage);
    dbs.push(dbA, dbB);
    const repoA = new ModelRepository(dbA, { onChange: (c) => a!.sync.announce(c) });
    const repoB = new ModelRepository(dbB, { onChange: (c) => b!.sync.announce(c) });
    const { model } = await repoA.createModel(createEmptyModel());
    a!.sync.setOpenModel(model.id);
    b!.sync.setOpenModel(model.id);
    await repoA.saveModel({ ...model, name: "A" }, 1);
    expect(b!.events.at(-1)).toEqual({
      type: "saved",
      modelId: model.id,
      revision: 2,
      tabId: "A",
      isOpenHere: true,
    });
    // B's stale save is refused whether or not it listened.
    expect(await repoB.saveModel({ ...model, name: "B" }, 1)).toEqual({
      status: "conflict",
      storedRevision: 2,
    });
  });

  it.runIf(typeof BroadcastChannel !== "undefined")(
    "the default factory uses the platform's BroadcastChannel",
    async () => {
      const channelName = `threatcanvas-test-${Math.random()}`;
      const a = new TabSync({ channelName, tabId: "A" });
      const b = new TabSync({ channelName, tabId: "B" });
      const received = new Promise<TabSyncEvent>((resolve) => b.subscribe(resolve));
      b.setOpenModel("m1");
      a.announce({ type: "saved", modelId: "m1", revision: 2 });
      expect(await received).toMatchObject({ type: "saved", tabId: "A", isOpenHere: true });
      a.close();
      b.close();
    },
  );
});
