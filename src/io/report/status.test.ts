import { describe, expect, it } from "vitest";
import { TRIAGE_STATUSES, TriageRecordSchema, type TriageStatus } from "../../domain/decisions";
import { findingStatus, isOpen } from "./status";
import { makeFinding, smallModel } from "./testing/fixtures";

const triaged = (findingId: string, status: TriageStatus) => ({
  ...smallModel(),
  triage: { [findingId]: TriageRecordSchema.parse({ status }) },
});

describe("finding status", () => {
  const finding = makeFinding();

  it("is open when the model has no decision for the finding", () => {
    expect(findingStatus(smallModel(), finding.id)).toBe("open");
    expect(isOpen(smallModel(), finding)).toBe(true);
    expect(findingStatus(smallModel(), "toString")).toBe("open");
  });

  it.each(TRIAGE_STATUSES)(
    "%s: at risk only while open, investigated or being mitigated",
    (status) => {
      const model = triaged(finding.id, status);
      expect(findingStatus(model, finding.id)).toBe(status);
      expect(isOpen(model, finding)).toBe(
        ["open", "needsInvestigation", "mitigationInProgress"].includes(status),
      );
    },
  );

  it("counts accepted findings as at risk only when asked to", () => {
    const model = triaged(finding.id, "accepted");
    expect(isOpen(model, finding)).toBe(false);
    expect(isOpen(model, finding, { countAccepted: true })).toBe(true);
  });
});
