import { describe, expect, it } from "vitest";
import { riskScore, severityOf } from "./scoring";

describe("scoring", () => {
  it("multiplies likelihood by impact", () => {
    expect(riskScore(1, 1)).toBe(1);
    expect(riskScore(4, 5)).toBe(20);
    expect(riskScore(5, 5)).toBe(25);
  });

  it("maps scores to severity bands", () => {
    const bands = [1, 2, 3, 5, 6, 11, 12, 19, 20, 25].map(severityOf);
    expect(bands).toEqual([
      "info",
      "info",
      "low",
      "low",
      "medium",
      "medium",
      "high",
      "high",
      "critical",
      "critical",
    ]);
  });
});
