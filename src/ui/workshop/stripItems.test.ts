import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate";
import { blindSpotPrompts, promptsBySubject } from "../../engine/prompts";
import { ALL_RULES } from "../../engine/rules";
import { entity, flow, modelOf, proc, store } from "../../engine/testing/models";
import { countItems, stripItemsFor } from "./stripItems";

const doc = modelOf(
  [
    entity("user", { audience: "anonymous" }),
    proc("chat", {}, { mlKind: "llm" }),
    store("data", {}, { mlKind: "training-data-store" }),
  ],
  [flow("ask", "user", "chat"), flow("train", "data", "chat")],
);
const result = evaluate(doc, { rules: ALL_RULES });
const prompts = promptsBySubject(blindSpotPrompts(doc));

describe("what a walk step shows", () => {
  it("asks the prompts first, then the findings most severe first, then the questions", () => {
    const items = stripItemsFor("chat", result, prompts);
    const kinds = items.map((i) => i.kind);
    expect(kinds.indexOf("finding")).toBeGreaterThan(kinds.lastIndexOf("prompt"));
    if (kinds.includes("question")) {
      expect(kinds.indexOf("question")).toBeGreaterThan(kinds.lastIndexOf("finding"));
    }
    const ranks = items.flatMap((i) => (i.kind === "finding" ? [i.finding.score] : []));
    expect(items.some((i) => i.kind === "prompt")).toBe(true);
    expect(ranks.length).toBeGreaterThan(0);
    expect(countItems(items).prompt).toBe(prompts.get("chat")!.length);
  });

  it("shows an interaction's findings at its flow, not again at its ends", () => {
    const atFlow = stripItemsFor("ask", result, prompts).flatMap((i) =>
      i.kind === "finding" ? [i.finding] : [],
    );
    const atEnds = ["user", "chat"].flatMap((id) =>
      stripItemsFor(id, result, prompts).flatMap((i) =>
        i.kind === "finding" ? [i.finding.id] : [],
      ),
    );
    for (const finding of atFlow) expect(atEnds).not.toContain(finding.id);
    const interactions = result.findings.filter(
      (f) => f.targetIds.length === 3 && f.targetIds[1] === "ask",
    );
    expect(atFlow.map((f) => f.id).sort()).toEqual(
      result.findings
        .filter((f) => (f.targetIds.length === 3 ? f.targetIds[1] : f.targetIds[0]) === "ask")
        .map((f) => f.id)
        .sort(),
    );
    expect(interactions.every((f) => atFlow.includes(f))).toBe(true);
  });
});
