import { describe, expect, it } from "vitest";
import { CORPUS } from "../../corpus";
import { createLlmInferencePipelineSample } from "../../domain/samples/llmInferencePipeline";
import { galleryEntries, ownTemplatesMatching } from "./gallery";

describe("the template gallery (the evaluation corpus)", () => {
  it("filters by tag and by words in the title or summary", () => {
    expect(galleryEntries("", null)).toHaveLength(CORPUS.length);
    const rag = galleryEntries("", "rag");
    expect(rag.length).toBeGreaterThan(0);
    expect(rag.every((e) => e.tags.includes("rag"))).toBe(true);
    expect(galleryEntries("federated", null).map((e) => e.id)).toContain("federated-aml");
    expect(galleryEntries("no such words at all", null)).toEqual([]);
  });

  it("offers at least 12 architectures (each checked in src/corpus/templates.test.ts)", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(12);
  });

  it("finds the user's own templates by words of their name and description", () => {
    const own = (id: string, name: string, description: string) => ({
      id,
      savedAt: "2026-01-01T00:00:00.000Z",
      model: { ...createLlmInferencePipelineSample(id), name, description },
    });
    const templates = [own("a", "Payments stack", "Card tokenisation"), own("b", "Chatbot", "")];
    expect(ownTemplatesMatching(templates, "").map((t) => t.id)).toEqual(["a", "b"]);
    expect(ownTemplatesMatching(templates, "card PAYMENTS").map((t) => t.id)).toEqual(["a"]);
    expect(ownTemplatesMatching(templates, "chatbot card")).toEqual([]);
  });
});
