import { describe, expect, it } from "vitest";
import { createEmptyModel } from "../../domain/document";
import { createElement } from "../../domain/factory";
import type { DataStoreElement } from "../../domain/schema";
import { commands } from "../../store/commands";
import { createEditorStore } from "../../store/editorStore";
import { applyCommand } from "./apply";

function storeWithStore() {
  const store = createEditorStore();
  const doc = createEmptyModel({ name: "Test" });
  const element = createElement({
    type: "dataStore",
    name: "Vectors",
    position: { x: 0, y: 0 },
    id: "store",
  });
  store.getState().open({ ...doc, elements: [element] });
  store.getState().select(["store"]);
  return store;
}

const retention = (store: ReturnType<typeof createEditorStore>) =>
  (store.getState().doc?.elements[0] as DataStoreElement).props.retentionDays;

describe("applyCommand", () => {
  it("applies a valid edit as exactly one undo entry", () => {
    const store = storeWithStore();
    const refusal = applyCommand(
      store,
      commands.updateElement("store", { props: { retentionDays: 30 } }, "Edit Retention (days)"),
    );
    expect(refusal).toBeNull();
    expect(retention(store)).toBe(30);
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().undo();
    expect(retention(store)).toBeNull();
  });

  it("returns the operation's refusal without touching the document, history or notices", () => {
    const store = storeWithStore();
    const before = store.getState().doc;
    const refusal = applyCommand(
      store,
      commands.updateElement("store", { props: { retentionDays: -3 } }),
    );
    expect(refusal).toMatch(/retentionDays: cannot be negative/);
    expect(store.getState().doc).toBe(before);
    expect(store.getState().history.past).toHaveLength(0);
    expect(store.getState().notice).toBeNull();
  });

  it("records nothing when the value did not change", () => {
    const store = storeWithStore();
    expect(applyCommand(store, commands.updateElement("store", { name: "Vectors" }))).toBeNull();
    expect(store.getState().history.past).toHaveLength(0);
  });

  it("keeps the selection on the edited element", () => {
    const store = storeWithStore();
    applyCommand(store, commands.updateElement("store", { name: "Embeddings" }));
    expect(store.getState().selection).toEqual(["store"]);
  });

  it("says so when no model is open", () => {
    const store = createEditorStore();
    expect(applyCommand(store, commands.updateModelDetails({ name: "x" }))).toBe(
      "No model is open.",
    );
  });
});
