import { describe, expect, it } from "vitest";
import { findingStatus, isOpen } from "./status";
import { makeFinding, smallModel } from "./testing/fixtures";

describe("finding status", () => {
  const finding = makeFinding();

  it("is open when the model has no triage data", () => {
    expect(findingStatus(smallModel(), finding.id)).toBe("open");
    expect(isOpen(smallModel(), finding)).toBe(true);
  });

  it.each(["mitigated", "accepted", "not-applicable", "false-positive"])(
    "%s closes a finding",
    (status) => {
      const model = { ...smallModel(), triage: { [finding.id]: { status } } };
      expect(isOpen(model, finding)).toBe(false);
    },
  );

  it("keeps other statuses open and ignores malformed triage data", () => {
    const base = smallModel();
    expect(isOpen({ ...base, triage: { [finding.id]: { status: "in-progress" } } }, finding)).toBe(
      true,
    );
    for (const triage of [
      null,
      [],
      "x",
      { [finding.id]: "mitigated" },
      { [finding.id]: { status: 3 } },
    ]) {
      expect(findingStatus({ ...base, triage }, finding.id)).toBe("open");
    }
    expect(findingStatus({ ...base, triage: {} }, "toString")).toBe("open");
  });
});
