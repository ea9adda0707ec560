import { describe, expect, it } from "vitest";
import {
  afterWrite,
  changedUnder,
  CLEAN,
  edit,
  planCommit,
  recovered,
  revert,
  shownText,
} from "./draft";
import { parsers } from "./validation";

describe("draft versus document", () => {
  it("shows the document's value until the user types", () => {
    expect(shownText(CLEAN, "Gateway")).toBe("Gateway");
    // The document changed underneath (undo, another edit): the field follows it.
    expect(shownText(CLEAN, "API gateway")).toBe("API gateway");
  });

  it("shows the draft while typing, whatever the document does", () => {
    const typing = edit(CLEAN, "Gatew");
    expect(shownText(typing, "Gateway")).toBe("Gatew");
    expect(shownText(typing, "Something else")).toBe("Gatew");
  });

  it("writes nothing when nothing changed", () => {
    expect(planCommit(CLEAN, "Gateway", parsers.elementName)).toEqual({
      kind: "none",
      next: CLEAN,
    });
    expect(planCommit(edit(CLEAN, "Gateway"), "Gateway", parsers.elementName)).toEqual({
      kind: "none",
      next: CLEAN,
    });
  });

  it("writes the parsed value of a changed draft", () => {
    expect(planCommit(edit(CLEAN, "30"), "", parsers.retentionDays)).toEqual({
      kind: "write",
      value: 30,
    });
    expect(planCommit(edit(CLEAN, ""), "30", parsers.retentionDays)).toEqual({
      kind: "write",
      value: null,
    });
  });

  it("keeps an invalid draft with its message and writes nothing", () => {
    const plan = planCommit(edit(CLEAN, "-3"), "30", parsers.retentionDays);
    expect(plan).toEqual({
      kind: "invalid",
      next: { text: "-3", error: "Retention (days) cannot be negative" },
    });
    if (plan.kind === "invalid") expect(shownText(plan.next, "30")).toBe("-3");
  });

  it("keeps the error visible while the user fixes the text, then clears it on commit", () => {
    const invalid = { text: "-3", error: "Retention (days) cannot be negative" };
    const fixing = edit(invalid, "3");
    expect(fixing.error).toBe("Retention (days) cannot be negative");
    const plan = planCommit(fixing, "30", parsers.retentionDays);
    expect(plan).toEqual({ kind: "write", value: 3 });
    expect(afterWrite(fixing, null)).toEqual(CLEAN);
  });

  it("clears a stale error when the draft is typed back to the document's value", () => {
    const invalid = { text: "-3", error: "Retention (days) cannot be negative" };
    expect(planCommit(edit(invalid, "30"), "30", parsers.retentionDays)).toEqual({
      kind: "none",
      next: CLEAN,
    });
  });

  it("keeps the text when the write is refused", () => {
    const typing = edit(CLEAN, "x");
    expect(afterWrite(typing, "Name is not valid")).toEqual({
      text: "x",
      error: "Name is not valid",
    });
  });

  it("reverts to the document on Escape", () => {
    const invalid = { text: "-3", error: "Retention (days) cannot be negative" };
    expect(shownText(revert(), "30")).toBe("30");
    expect(revert()).toEqual(CLEAN);
    expect(shownText(invalid, "30")).toBe("-3");
  });
});

describe("a draft over a document that changes underneath", () => {
  it("remembers the text it was typed on, and tells when the document moved", () => {
    const typing = edit(edit(CLEAN, "Gatew", "API gateway"), "Gatewa", "Something else");
    expect(typing.base).toBe("API gateway");
    expect(changedUnder(typing, "API gateway")).toBe(false);
    expect(changedUnder(typing, "Their name")).toBe(true);
    // Both sides typed the same: nothing to tell.
    expect(changedUnder(typing, "Gatewa")).toBe(false);
    expect(changedUnder(CLEAN, "Their name")).toBe(false);
  });

  it("a recovered draft is typed text over the text it was typed on", () => {
    const back = recovered("Edge gatew", "API gateway");
    expect(shownText(back, "API gateway")).toBe("Edge gatew");
    expect(changedUnder(back, "API gateway")).toBe(false);
    expect(planCommit(back, "API gateway", parsers.elementName)).toEqual({
      kind: "write",
      value: "Edge gatew",
    });
  });
});
