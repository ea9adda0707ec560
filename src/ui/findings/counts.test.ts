import { describe, expect, it } from "vitest";
import { countFindings, formatCounts } from "./counts";
import { finding } from "./testing";

describe("counts", () => {
  it("counts findings by severity and questions apart", () => {
    const counts = countFindings(
      [
        finding({ severity: "critical" }),
        finding({ severity: "high" }),
        finding({ severity: "high" }),
        finding({ severity: "low" }),
      ],
      1,
    );
    expect(counts).toEqual({
      findings: 4,
      questions: 1,
      bySeverity: { critical: 1, high: 2, medium: 0, low: 1, info: 0 },
    });
    expect(formatCounts(counts)).toBe("4 findings · 1 critical · 2 high · 1 low · 1 question");
  });

  it("reads well with nothing", () => {
    expect(formatCounts(countFindings([]))).toBe("0 findings · 0 questions");
    expect(formatCounts(countFindings([finding({ severity: "info" })]))).toBe(
      "1 finding · 1 info · 0 questions",
    );
  });
});
