import { describe, expect, it } from "vitest";
import { createEmptyModel } from "../domain/document";
import { createLlmInferencePipelineSample } from "../domain/samples/llmInferencePipeline";
import { commands } from "./commands";
import { createEditorStore } from "./editorStore";
import { HISTORY_LIMIT } from "./history";

function openSample() {
  const store = createEditorStore();
  store.getState().open(createLlmInferencePipelineSample("m1"));
  return store;
}

describe("editor store", () => {
  it("records one undo entry per command and undoes/redoes exactly", () => {
    const store = openSample();
    const original = store.getState().doc!;
    store
      .getState()
      .execute(commands.updateElement("api-gateway", { name: "Edge proxy" }, "Rename"));
    expect(store.getState().history.past).toHaveLength(1);
    expect(store.getState().doc!.elements.find((e) => e.id === "api-gateway")!.name).toBe(
      "Edge proxy",
    );
    store.getState().undo();
    expect(store.getState().doc!.elements).toBe(original.elements);
    store.getState().redo();
    expect(store.getState().doc!.elements.find((e) => e.id === "api-gateway")!.name).toBe(
      "Edge proxy",
    );
  });

  it("keeps unchanged elements' identity after an edit", () => {
    const store = openSample();
    const before = store.getState().doc!;
    store.getState().execute(commands.updateElement("api-gateway", { name: "Edge" }));
    const after = store.getState().doc!;
    const untouched = before.elements.filter((e) => e.id !== "api-gateway");
    for (const e of untouched) expect(after.elements.find((x) => x.id === e.id)).toBe(e);
  });

  it("refuses an invalid edit, says why, and leaves the document untouched", () => {
    const store = openSample();
    const before = store.getState().doc!;
    const ok = store
      .getState()
      .execute(commands.updateElement("inference-logs", { props: { retentionDays: -3 } }));
    expect(ok).toBe(false);
    expect(store.getState().doc).toBe(before);
    expect(store.getState().history.past).toHaveLength(0);
    expect(store.getState().notice?.text).toMatch(/retentionDays.*negative/);
  });

  it("does not record a no-op command", () => {
    const store = openSample();
    store.getState().execute(commands.updateElement("api-gateway", { name: "API gateway" }));
    expect(store.getState().history.past).toHaveLength(0);
  });

  it("records a keyboard nudge as one entry, and the viewport as none", () => {
    const store = openSample();
    store.getState().execute(commands.nudge(["api-gateway"], { x: 10, y: 0 }));
    store.getState().execute(commands.setViewport({ x: 5, y: 6, zoom: 1.5 }));
    expect(store.getState().history.past.map((e) => e.name)).toEqual(["Nudge"]);
    expect(store.getState().doc!.viewport).toEqual({ x: 5, y: 6, zoom: 1.5 });
    store.getState().undo();
    expect(store.getState().doc!.viewport).toEqual({ x: 5, y: 6, zoom: 1.5 });
  });

  it("selects what a command adds, and drops deleted ids from the selection", () => {
    const store = createEditorStore();
    store.getState().open(createEmptyModel({ id: "m" }));
    store
      .getState()
      .execute(commands.addElement({ type: "process", name: "Job", position: { x: 0, y: 0 } }));
    const [id] = store.getState().selection;
    expect(store.getState().doc!.elements[0]!.id).toBe(id);
    store.getState().execute(commands.deleteItems([id!]));
    expect(store.getState().selection).toEqual([]);
    store.getState().undo();
    expect(store.getState().selection).toEqual([id]);
  });

  it("bounds history, and undo/redo cycles do not grow it", () => {
    const store = openSample();
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) {
      store.getState().execute(commands.nudge(["api-gateway"], { x: 1, y: 0 }));
    }
    expect(store.getState().history.past).toHaveLength(HISTORY_LIMIT);
    for (let i = 0; i < 100; i++) {
      store.getState().undo();
      store.getState().redo();
    }
    const { past, future } = store.getState().history;
    expect(past.length + future.length).toBe(HISTORY_LIMIT);
  });

  it("a new command after undo clears the redo stack", () => {
    const store = openSample();
    store.getState().execute(commands.nudge(["api-gateway"], { x: 1, y: 0 }));
    store.getState().undo();
    store.getState().execute(commands.nudge(["api-gateway"], { x: 0, y: 1 }));
    expect(store.getState().history.future).toHaveLength(0);
  });
});
