import { describe, expect, it } from "vitest";
import { applyLayout } from "../domain/layout/apply";
import { createLlmInferencePipelineSample } from "../domain/samples/llmInferencePipeline";
import { commands } from "./commands";
import { createEditorStore } from "./editorStore";

function laidOut(doc: ReturnType<typeof createLlmInferencePipelineSample>) {
  const placements = doc.elements
    .filter((e) => e.parentId !== null)
    .map((e) => ({ id: e.id, position: { x: e.position.x + 5, y: e.position.y + 7 } }));
  const result = applyLayout(doc, placements);
  if (!result.ok) throw new Error(result.error);
  return result.doc.elements;
}

describe("the Auto layout command", () => {
  it("moves everything it placed in one undo step", () => {
    const store = createEditorStore();
    const doc = createLlmInferencePipelineSample("m");
    store.getState().open(doc);
    expect(store.getState().execute(commands.autoLayout(doc, laidOut(doc)))).toBe(true);
    const { history } = store.getState();
    expect(history.past).toHaveLength(1);
    expect(history.past[0]!.name).toBe("Auto layout");
    store.getState().undo();
    expect(store.getState().doc!.elements.map((e) => e.position)).toEqual(
      doc.elements.map((e) => e.position),
    );
  });

  it("is refused when the model changed while the layout was computed", () => {
    const store = createEditorStore();
    const doc = createLlmInferencePipelineSample("m");
    store.getState().open(doc);
    const elements = laidOut(doc);
    store.getState().execute(commands.nudge(["api-gateway"], { x: 1, y: 0 }));
    expect(store.getState().execute(commands.autoLayout(doc, elements))).toBe(false);
    expect(store.getState().notice?.text).toMatch(/changed while it was being laid out/);
  });
});
