import { describe, expect, it } from "vitest";
import { instantiateTemplate } from "../domain/templates";
import { evaluate } from "../engine";
import { readEngineResult } from "./engineResult";
import { evaluateCase, modelIdsOf } from "./evaluate";
import { loadGolden } from "./goldenFiles";
import { CORPUS, loadCorpusModel } from "./index";

/**
 * Forbidden results the engine still gives on a corpus model, by model and forbidden id (see
 * `npm run eval:threats`). A template must not add any other; fixing the engine empties this.
 */
const KNOWN_FORBIDDEN: Readonly<Record<string, readonly string[]>> = {};

/**
 * The template gallery offers the evaluation corpus. A model made from a template is what a
 * user starts from, so it must be as good as the corpus model its golden file was written for.
 */
describe.each(CORPUS.map((entry) => [entry.id, entry] as const))("the %s template", (id, entry) => {
  it("opens as a valid model with trust boundaries and members in them", async () => {
    const model = instantiateTemplate(await loadCorpusModel(id), { id: "from-template" });
    expect(model.id).toBe("from-template");
    expect(model.name).toBe(entry.title);
    expect(model.elements.filter((e) => e.type === "trustBoundary").length).toBeGreaterThan(0);
    expect(model.elements.some((e) => e.type !== "trustBoundary" && e.parentId !== null)).toBe(
      true,
    );
    expect(model.flows.length).toBeGreaterThan(0);
    expect(Object.keys(model.triage)).toEqual([]);
  });

  it("gets the findings its golden file expects, and nothing it forbids", async () => {
    const model = instantiateTemplate(await loadCorpusModel(id), { id: "from-template" });
    const golden = await loadGolden(id);
    const reviewed = readEngineResult(evaluate(model), modelIdsOf(model));
    const report = evaluateCase(
      { id, title: entry.title, nonAi: entry.tags.includes("non-ai"), model, golden },
      reviewed,
    );
    expect(report.expected.total).toBeGreaterThan(0);
    expect(report.expected.missed).toEqual([]);
    // A threat found only as a question is fine only where the golden file allows it.
    expect(report.expected.questionOnly.filter((q) => !q.allowed)).toEqual([]);
    const forbidden = [...new Set(report.forbidden.hits.map((h) => h.forbiddenId))];
    expect(forbidden).toEqual(KNOWN_FORBIDDEN[id] ?? []);
  });
});
