import { describe, expect, it } from "vitest";
import { createLlmInferencePipelineSample } from "./samples/llmInferencePipeline";
import type { DfdElement } from "./schema";
import { sameNamesInOrder } from "./labels";

const doc = createLlmInferencePipelineSample("same-names");
const replaced = (index: number, patch: Partial<Pick<DfdElement, "name" | "position">>) =>
  doc.elements.map((e, i) => (i === index ? ({ ...e, ...patch } as DfdElement) : e));

describe("sameNamesInOrder", () => {
  it("holds when elements only moved", () => {
    expect(sameNamesInOrder(doc.elements, replaced(2, { position: { x: 1, y: 2 } }))).toBe(true);
  });

  it("fails on a rename, a reorder, an element added or removed", () => {
    expect(sameNamesInOrder(doc.elements, replaced(2, { name: "Other" }))).toBe(false);
    expect(sameNamesInOrder(doc.elements, [...doc.elements].reverse())).toBe(false);
    expect(sameNamesInOrder(doc.elements, doc.elements.slice(1))).toBe(false);
  });
});
