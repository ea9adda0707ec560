import { describe, expect, it } from "vitest";
import { createEmptyModel } from "../document";
import { setViewport, updateModelDetails } from "./model";
import type { OperationResult } from "./result";

function docOf(result: OperationResult) {
  if (!result.ok) throw new Error(`operation failed: ${result.error}`);
  return result.doc;
}
function errorOf(result: OperationResult): string {
  if (result.ok) throw new Error("operation was expected to fail");
  return result.error;
}

describe("updateModelDetails", () => {
  const doc = createEmptyModel({ name: "Bot", description: "RAG", owner: "sec" });

  it("changes name, description and owner, keeping the rest", () => {
    const after = docOf(updateModelDetails(doc, { name: "Chat bot", owner: "ml" }));
    expect(after).toMatchObject({ name: "Chat bot", description: "RAG", owner: "ml" });
    expect(after.elements).toBe(doc.elements);
    expect(after.flows).toBe(doc.flows);
    expect(after.id).toBe(doc.id);
  });

  it("trims the name", () => {
    expect(docOf(updateModelDetails(doc, { name: "  Spaced  " })).name).toBe("Spaced");
  });

  it("returns the same document when nothing changes", () => {
    expect(docOf(updateModelDetails(doc, {}))).toBe(doc);
    expect(docOf(updateModelDetails(doc, { name: "Bot", owner: "sec" }))).toBe(doc);
    expect(docOf(updateModelDetails(doc, { name: " Bot " }))).toBe(doc);
  });

  it("refuses invalid values, naming the field", () => {
    expect(errorOf(updateModelDetails(doc, { name: "   " }))).toBe("name: must not be empty");
    expect(errorOf(updateModelDetails(doc, { owner: "o".repeat(201) }))).toBe(
      "owner: is longer than 200 characters",
    );
    expect(errorOf(updateModelDetails(doc, { description: "d".repeat(20001) }))).toBe(
      "description: is longer than 20,000 characters",
    );
    expect(doc).toMatchObject({ name: "Bot", description: "RAG", owner: "sec" });
  });
});

describe("setViewport", () => {
  const doc = createEmptyModel();

  it("stores the viewport", () => {
    const after = setViewport(doc, { x: 10, y: -20, zoom: 1.25 });
    expect(after.viewport).toEqual({ x: 10, y: -20, zoom: 1.25 });
    expect(after.elements).toBe(doc.elements);
  });

  it("returns the same document for the same viewport", () => {
    const once = setViewport(doc, { x: 10, y: -20, zoom: 1.25 });
    expect(setViewport(once, { x: 10, y: -20, zoom: 1.25 })).toBe(once);
  });

  it("stores only x, y and zoom", () => {
    const after = setViewport(doc, { x: 1, y: 2, zoom: 3, extra: true } as never);
    expect(after.viewport).toEqual({ x: 1, y: 2, zoom: 3 });
  });
});

describe("setViewport refuses viewports the schema would reject", () => {
  const doc = createEmptyModel();
  it.each([
    { x: NaN, y: 0, zoom: 1 },
    { x: 0, y: Infinity, zoom: 1 },
    { x: 0, y: 0, zoom: 0 },
    { x: 0, y: 0, zoom: -1 },
  ])("ignores %o", (viewport) => {
    expect(setViewport(doc, viewport)).toBe(doc);
  });
});
