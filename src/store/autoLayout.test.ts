import { describe, expect, it } from "vitest";
import { createLlmInferencePipelineSample } from "../domain/samples/llmInferencePipeline";
import { commands } from "./commands";
import { createEditorStore } from "./editorStore";

describe("the Auto layout command", () => {
  it("moves everything it placed in one undo step", () => {
    const store = createEditorStore();
    const doc = createLlmInferencePipelineSample("m");
    store.getState().open(doc);
    const placements = doc.elements
      .filter((e) => e.parentId !== null)
      .map((e) => ({ id: e.id, position: { x: e.position.x + 5, y: e.position.y + 7 } }));
    expect(store.getState().execute(commands.autoLayout(placements))).toBe(true);
    const { history } = store.getState();
    expect(history.past).toHaveLength(1);
    expect(history.past[0]!.name).toBe("Auto layout");
    store.getState().undo();
    expect(store.getState().doc!.elements.map((e) => e.position)).toEqual(
      doc.elements.map((e) => e.position),
    );
  });
});
