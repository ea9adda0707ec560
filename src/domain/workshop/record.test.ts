import { describe, expect, it } from "vitest";
import { parseThreatModel } from "../document";
import type { OperationResult } from "../operations/result";
import { CURRENT_SCHEMA_VERSION, ThreatModelSchema, type ThreatModel } from "../schema";
import {
  addAttendee,
  answerPrompt,
  clearWalk,
  markWalked,
  promptAnswerKey,
  removeAttendee,
  resetAgenda,
  setPhaseMinutes,
  setWorkshopNotes,
  stampedNoteLine,
  unmarkWalked,
  updateAttendee,
} from "./record";

const empty: ThreatModel = ThreatModelSchema.parse({
  schemaVersion: CURRENT_SCHEMA_VERSION,
  id: "m",
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
  elements: [],
  flows: [],
});

function done(result: OperationResult): ThreatModel {
  if (!result.ok) throw new Error(result.error);
  return result.doc;
}

function refusal(result: OperationResult): string {
  if (result.ok) throw new Error("expected a refusal");
  return result.error;
}

/** What was written opens again, unchanged. */
function reopens(doc: ThreatModel): ThreatModel {
  const parsed = parseThreatModel(JSON.parse(JSON.stringify(doc)));
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  expect(parsed.value.workshop).toEqual(doc.workshop);
  return parsed.value;
}

describe("attendees", () => {
  it("adds, edits and removes attendees with their roles, trimmed", () => {
    let doc = done(addAttendee(empty, { name: "  Ann Lee ", role: "Facilitator " }));
    doc = done(addAttendee(doc, { name: "Bo", role: "" }));
    doc = done(updateAttendee(doc, 1, { name: "Bo Chen", role: "ML engineer" }));
    expect(reopens(doc).workshop.attendees).toEqual([
      { name: "Ann Lee", role: "Facilitator" },
      { name: "Bo Chen", role: "ML engineer" },
    ]);
    doc = done(removeAttendee(doc, 0));
    expect(doc.workshop.attendees.map((a) => a.name)).toEqual(["Bo Chen"]);
  });

  it("refuses a nameless attendee, a name listed twice and a name too long, saying why", () => {
    expect(refusal(addAttendee(empty, { name: "  ", role: "x" }))).toBe("an attendee needs a name");
    const doc = done(addAttendee(empty, { name: "Ann", role: "" }));
    expect(refusal(addAttendee(doc, { name: "ann", role: "" }))).toBe("ann is already listed");
    expect(refusal(addAttendee(empty, { name: "x".repeat(201), role: "" }))).toMatch(
      /^workshop\.attendees\[0\]\.name: is longer than 200 characters$/,
    );
    expect(refusal(updateAttendee(doc, 3, { name: "Cy", role: "" }))).toBe(
      "there is no attendee number 4",
    );
  });

  it("leaves the document as it is when nothing changes", () => {
    const doc = done(addAttendee(empty, { name: "Ann", role: "Lead" }));
    expect(done(updateAttendee(doc, 0, { name: "Ann ", role: "Lead" }))).toBe(doc);
  });
});

describe("notes", () => {
  it("keeps the notes, and refuses notes past the schema's limit", () => {
    const doc = done(setWorkshopNotes(empty, "Agreed: rotate the registry token."));
    expect(reopens(doc).workshop.notes).toBe("Agreed: rotate the registry token.");
    expect(refusal(setWorkshopNotes(empty, "x".repeat(20001)))).toMatch(/^workshop\.notes: /);
  });

  it("stamps a new line with the local time", () => {
    const at = new Date(2026, 5, 1, 9, 5);
    expect(stampedNoteLine("", at)).toBe("09:05 — ");
    expect(stampedNoteLine("First point", at)).toBe("First point\n09:05 — ");
    expect(stampedNoteLine("First point\n", at)).toBe("First point\n09:05 — ");
  });
});

describe("walk marks", () => {
  it("marks each item once, unmarks, and starts over", () => {
    let doc = done(markWalked(empty, ["a", "b", "a"]));
    doc = done(markWalked(doc, ["b", "c"]));
    expect(reopens(doc).workshop.walked).toEqual(["a", "b", "c"]);
    expect(done(markWalked(doc, ["a"]))).toBe(doc);
    doc = done(unmarkWalked(doc, ["b"]));
    expect(doc.workshop.walked).toEqual(["a", "c"]);
    expect(done(clearWalk(doc)).workshop.walked).toEqual([]);
  });
});

describe("prompt answers", () => {
  const key = promptAnswerKey("training-data-tampering", "store-1");

  it("records an answer with its time, replaces it, and removes it when emptied", () => {
    let doc = done(
      answerPrompt(empty, key, " Only the ingest job writes there. ", "2026-06-01T10:00:00.000Z"),
    );
    expect(reopens(doc).workshop.promptAnswers).toEqual({
      "training-data-tampering@store-1": {
        answer: "Only the ingest job writes there.",
        at: "2026-06-01T10:00:00.000Z",
      },
    });
    doc = done(
      answerPrompt(doc, key, "Nobody knows: ask the data team.", "2026-06-01T10:05:00.000Z"),
    );
    expect(doc.workshop.promptAnswers[key]!.at).toBe("2026-06-01T10:05:00.000Z");
    expect(done(answerPrompt(doc, key, "   ")).workshop.promptAnswers).toEqual({});
  });

  it("refuses a key that would set the record's prototype", () => {
    expect(refusal(answerPrompt(empty, "__proto__", "x"))).toMatch(/^workshop\.promptAnswers/);
  });
});

describe("agenda durations", () => {
  it("changes a phase's minutes within 1 to 600, and resets to the usual four phases", () => {
    let doc = done(setPhaseMinutes(empty, 1, 90));
    expect(reopens(doc).workshop.agenda.map((p) => p.minutes)).toEqual([30, 90, 30, 30]);
    expect(refusal(setPhaseMinutes(doc, 0, 0))).toBe(
      "workshop.agenda[0].minutes: must be at least 1 minute",
    );
    expect(refusal(setPhaseMinutes(doc, 0, 2.5))).toBe(
      "workshop.agenda[0].minutes: must be a whole number of minutes",
    );
    expect(refusal(setPhaseMinutes(doc, 9, 10))).toBe("there is no agenda phase number 10");
    doc = done(resetAgenda(doc));
    expect(doc.workshop.agenda).toEqual([
      { id: "review", minutes: 30 },
      { id: "walk", minutes: 105 },
      { id: "score", minutes: 30 },
      { id: "mitigations", minutes: 30 },
    ]);
    expect(done(resetAgenda(doc))).toBe(doc);
  });
});
