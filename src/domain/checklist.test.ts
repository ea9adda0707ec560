import { describe, expect, it } from "vitest";
import { answerChecklistItem, checklistAnswerOf, clearChecklistAnswer } from "./checklistAnswers";
import { parseThreatModel } from "./document";
import { AT, triageModel } from "./triage/testing";

const META = { by: "Dana Kim", at: AT };
const CODE = "DASF-12.3@2.0";

describe("the model-level checklist", () => {
  it("starts unanswered", () => {
    expect(triageModel().checklist).toEqual({});
    expect(checklistAnswerOf(triageModel(), CODE)).toBeUndefined();
  });

  it("records an answer with its note, who gave it and when", () => {
    const result = answerChecklistItem(
      triageModel(),
      CODE,
      { answer: "no", note: "  planned for Q3  " },
      META,
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.doc.checklist[CODE]).toEqual({
      answer: "no",
      note: "planned for Q3",
      by: "Dana Kim",
      at: AT,
    });
  });

  it("changes the answer and keeps the note unless a new one is given", () => {
    const first = answerChecklistItem(triageModel(), CODE, { answer: "no", note: "plan" }, META);
    if (!first.ok) throw new Error(first.error);
    const second = answerChecklistItem(first.doc, CODE, { answer: "yes" }, META);
    if (!second.ok) throw new Error(second.error);
    expect(second.doc.checklist[CODE]).toMatchObject({ answer: "yes", note: "plan" });
  });

  it("returns the same document when nothing changes, so no undo step is recorded", () => {
    const first = answerChecklistItem(triageModel(), CODE, { answer: "yes", note: "x" }, META);
    if (!first.ok) throw new Error(first.error);
    const again = answerChecklistItem(first.doc, CODE, { answer: "yes", note: "x" }, META);
    expect(again.ok && again.doc).toBe(first.doc);
  });

  it("refuses what the loader would refuse, naming the field, and changes nothing", () => {
    const doc = triageModel();
    const wrong = answerChecklistItem(doc, CODE, { answer: "maybe" as never }, META);
    expect(wrong).toEqual({ ok: false, error: expect.stringMatching(/^answer: /) });
    const long = answerChecklistItem(doc, CODE, { answer: "no", note: "x".repeat(20001) }, META);
    expect(long).toEqual({ ok: false, error: expect.stringMatching(/^note: .*20,000/) });
    expect(answerChecklistItem(doc, "__proto__", { answer: "no" }, META).ok).toBe(false);
    expect(doc.checklist).toEqual({});
  });

  it("clears an answer, making the item open again", () => {
    const first = answerChecklistItem(triageModel(), CODE, { answer: "no" }, META);
    if (!first.ok) throw new Error(first.error);
    const cleared = clearChecklistAnswer(first.doc, CODE);
    expect(cleared.ok && cleared.doc.checklist).toEqual({});
    const doc = triageModel();
    expect(clearChecklistAnswer(doc, CODE)).toEqual({ ok: true, doc });
  });

  it("opens answers, and keeps those of items this version does not list", () => {
    const parsed = parseThreatModel({
      ...triageModel(),
      checklist: { [CODE]: { answer: "notApplicable" }, "X-1@1.0": { answer: "yes", extra: 1 } },
    });
    if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
    expect(parsed.value.checklist[CODE]).toEqual({
      answer: "notApplicable",
      note: "",
      by: "",
      at: null,
    });
    expect(parsed.value.checklist["X-1@1.0"]).toMatchObject({ answer: "yes", extra: 1 });
  });

  it("refuses a file whose answer is not one of yes, no, not applicable, saying where", () => {
    const parsed = parseThreatModel({ ...triageModel(), checklist: { [CODE]: { answer: "ok" } } });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.errors.join("\n")).toMatch(/^checklist\["DASF-12\.3@2\.0"\]\.answer: /m);
  });
});
