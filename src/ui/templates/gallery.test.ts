import { describe, expect, it } from "vitest";
import { CORPUS, loadCorpusModel } from "../../corpus";
import { instantiateTemplate } from "../../domain/templates";
import { galleryEntries } from "./gallery";

describe("the template gallery (the evaluation corpus)", () => {
  it("filters by tag and by words in the title or summary", () => {
    expect(galleryEntries("", null)).toHaveLength(CORPUS.length);
    const rag = galleryEntries("", "rag");
    expect(rag.length).toBeGreaterThan(0);
    expect(rag.every((e) => e.tags.includes("rag"))).toBe(true);
    expect(galleryEntries("federated", null).map((e) => e.id)).toContain("federated-aml");
    expect(galleryEntries("no such words at all", null)).toEqual([]);
  });

  it("offers at least 12 architectures", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(12);
  });

  it.each(CORPUS.map((e) => [e.id]))(
    "%s opens as a valid model with trust boundaries",
    async (id) => {
      const model = instantiateTemplate(await loadCorpusModel(id));
      expect(model.elements.some((e) => e.type === "trustBoundary")).toBe(true);
      expect(model.elements.some((e) => e.type !== "trustBoundary" && e.parentId !== null)).toBe(
        true,
      );
      expect(model.flows.length).toBeGreaterThan(0);
    },
  );
});
