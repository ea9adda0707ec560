import { describe, expect, it } from "vitest";
import { createEmptyModel } from "../domain/document";
import { copyFragment } from "../domain/operations";
import { MAX_ELEMENTS, ThreatModelSchema, type ThreatModel } from "../domain/schema";
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

  it("checks what a command taking outside data yields, and refuses it naming the field", () => {
    const store = openSample();
    const before = store.getState().doc!;
    const broken = commands.replaceDocument(
      {
        ...before,
        elements: before.elements.map((e) =>
          e.id === "inference-logs" ? { ...e, parentId: "flow-logs" } : e,
        ),
      },
      "Import",
    );
    expect(store.getState().execute(broken)).toBe(false);
    expect(store.getState().doc).toBe(before);
    expect(store.getState().history.past).toHaveLength(0);
    expect(store.getState().notice?.text).toMatch(
      /^Import refused: elements\[\d+\]\.parentId: refers to "flow-logs", which is not an element/,
    );
  });

  it("pastes only what leaves a document the loader accepts", () => {
    const store = openSample();
    const before = store.getState().doc!;
    const fragment = copyFragment(before, ["api-gateway"]);
    const huge = {
      ...fragment,
      elements: Array.from({ length: MAX_ELEMENTS }, (_, i) => ({
        ...fragment.elements[0]!,
        id: `n${i}`,
      })),
    };
    expect(store.getState().execute(commands.paste(huge, { x: 40, y: 40 }))).toBe(false);
    expect(store.getState().doc).toBe(before);
    expect(store.getState().notice?.text).toMatch(
      /^Nothing pasted: elements: the model would hold/,
    );
    expect(store.getState().execute(commands.paste(fragment, { x: 40, y: 40 }))).toBe(true);
    expect(ThreatModelSchema.safeParse(store.getState().doc).success).toBe(true);
  });
});

describe("a newer version from another tab (adoptRemote)", () => {
  const renamed = (doc: ThreatModel, id: string, name: string): ThreatModel => ({
    ...doc,
    elements: doc.elements.map((e) => (e.id === id ? { ...e, name } : e)),
  });

  it("keeps the selection where its items still exist, and undo for steps that still apply", () => {
    const store = openSample();
    const s = store.getState;
    s().execute(commands.updateElement("api-gateway", { name: "Edge" }));
    s().execute(commands.updateElement("inference-logs", { name: "Logs" }));
    s().select(["api-gateway", "flow-prompts"]);
    // The other tab renamed the inference server and deleted the prompts flow, on our version.
    const stored = structuredClone(s().doc!);
    const remote = {
      ...renamed(stored, "inference-server", "Theirs"),
      flows: stored.flows.filter((f) => f.id !== "flow-prompts"),
    };
    s().adoptRemote(remote);
    expect(s().doc).toBe(remote);
    expect(s().selection).toEqual(["api-gateway"]);
    expect(s().history.past.map((e) => e.name)).toEqual(["Edit properties", "Edit properties"]);
    // Undo reverts our own steps, and nothing of theirs.
    s().undo();
    const name = (id: string) => s().doc!.elements.find((e) => e.id === id)!.name;
    expect(name("inference-logs")).toBe("Inference log store");
    expect(name("inference-server")).toBe("Theirs");
    s().undo();
    expect(name("api-gateway")).toBe("API gateway");
    expect(s().doc!.flows.some((f) => f.id === "flow-prompts")).toBe(false);
    s().redo();
    s().redo();
    expect(name("api-gateway")).toBe("Edge");
    expect(name("inference-logs")).toBe("Logs");
    expect(name("inference-server")).toBe("Theirs");
  });

  it("drops the steps whose items the other tab changed, keeping the rest", () => {
    const store = openSample();
    const s = store.getState;
    s().execute(commands.updateElement("api-gateway", { name: "Edge" }));
    s().execute(commands.updateElement("inference-logs", { name: "Logs" }));
    s().adoptRemote(renamed(structuredClone(s().doc!), "api-gateway", "Their edge"));
    expect(s().history.past).toHaveLength(1);
    s().undo();
    const name = (id: string) => s().doc!.elements.find((e) => e.id === id)!.name;
    expect(name("inference-logs")).toBe("Inference log store");
    expect(name("api-gateway")).toBe("Their edge");
    expect(s().history.past).toHaveLength(0);
  });

  it("never undoes into a broken document: a deletion whose flows' ends are gone is dropped", () => {
    const store = openSample();
    const s = store.getState;
    s().execute(commands.deleteItems(["flow-logs"]));
    // The other tab deleted the log store the flow pointed to.
    const stored = structuredClone(s().doc!);
    s().adoptRemote({
      ...stored,
      elements: stored.elements.filter((e) => e.id !== "inference-logs"),
    });
    expect(s().history.past).toHaveLength(0);
    s().undo();
    expect(ThreatModelSchema.safeParse(s().doc).success).toBe(true);
  });

  it("opens another model plainly", () => {
    const store = openSample();
    store.getState().execute(commands.updateElement("api-gateway", { name: "Edge" }));
    const other = createEmptyModel({ id: "other" });
    store.getState().adoptRemote(other);
    expect(store.getState().doc).toBe(other);
    expect(store.getState().history.past).toHaveLength(0);
  });
});
