import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DreadScore } from "../../domain/decisions";
import { DREAD_AI_FACTORS, DREAD_FACTORS, dreadScore, dreadSeverity, formatDread } from "./dread";

/** Five factors summing to `sum` (5-50), the AI factors all `ai`. */
function score(sum: number, ai: [number, number, number] = [1, 1, 1]): DreadScore {
  const factors = [1, 1, 1, 1, 1];
  let left = sum - 5;
  for (let i = 0; i < 5 && left > 0; i++) {
    const add = Math.min(9, left);
    factors[i]! += add;
    left -= add;
  }
  const [damage, reproducibility, exploitability, affectedUsers, discoverability] = factors as [
    number,
    number,
    number,
    number,
    number,
  ];
  const [modelImpact, dataSensitivity, detectionDifficulty] = ai;
  return {
    damage,
    reproducibility,
    exploitability,
    affectedUsers,
    discoverability,
    modelImpact,
    dataSensitivity,
    detectionDifficulty,
  };
}

describe("DREAD adapted for AI", () => {
  it("base is the mean of the five factors, the multiplier the geometric mean of the AI three", () => {
    const result = dreadScore({
      damage: 6,
      reproducibility: 5,
      exploitability: 4,
      affectedUsers: 5,
      discoverability: 3,
      modelImpact: 1.6,
      dataSensitivity: 1.2,
      detectionDifficulty: 1.8,
    });
    expect(result.base).toBe(4.6);
    expect(result.multiplier).toBeCloseTo(Math.cbrt(1.6 * 1.2 * 1.8), 12);
    expect(result.multiplier).toBeCloseTo(1.5119, 4);
    expect(result.adjusted).toBeCloseTo(6.9548, 4);
    expect(result.severity).toBe("high");
  });

  it("caps the adjusted score at 10", () => {
    const result = dreadScore(score(50, [2, 2, 2]));
    expect(result.base).toBe(10);
    expect(result.multiplier).toBe(2);
    expect(result.adjusted).toBe(10);
    expect(result.severity).toBe("critical");
  });

  // With every AI factor at 1.0 the multiplier is exactly 1 and adjusted = sum / 5, which steps
  // by 0.2: each band edge and the step just below it.
  it.each([
    [40, 8, "critical"],
    [39, 7.8, "high"],
    [30, 6, "high"],
    [29, 5.8, "medium"],
    [20, 4, "medium"],
    [19, 3.8, "low"],
    [10, 2, "low"],
    [9, 1.8, "info"],
    [5, 1, "info"],
    [50, 10, "critical"],
  ] as const)("factors summing to %i: adjusted %d is %s", (sum, adjusted, severity) => {
    const result = dreadScore(score(sum));
    expect(result.multiplier).toBe(1);
    expect(result.adjusted).toBeCloseTo(adjusted, 12);
    expect(result.severity).toBe(severity);
  });

  it.each([
    [8, "critical"],
    [7.999, "high"],
    [6, "high"],
    [5.999, "medium"],
    [4, "medium"],
    [3.999, "low"],
    [2, "low"],
    [1.999, "info"],
    [0, "info"],
  ] as const)("priority of %d is %s", (adjusted, severity) => {
    expect(dreadSeverity(adjusted)).toBe(severity);
  });

  it("reaches an edge through the multiplier despite floating point (5 x 1.6 = 8, 4 x 2 = 8, 3 x 2 = 6)", () => {
    expect(dreadScore(score(25, [1.6, 1.6, 1.6])).severity).toBe("critical");
    expect(dreadScore(score(20, [2, 2, 2])).severity).toBe("critical");
    expect(dreadScore(score(15, [2, 2, 2])).severity).toBe("high");
    expect(dreadScore(score(10, [2, 2, 2])).severity).toBe("medium");
    // 1.1^3 is 1.3310000000000004 in floating point; its cube root must still read as 1.1.
    expect(dreadScore(score(20, [1.1, 1.1, 1.1])).adjusted).toBeCloseTo(4.4, 12);
  });

  it("is shown with two decimals, never rounded up across an edge", () => {
    expect(formatDread(5.996)).toBe("5.99");
    expect(formatDread(8)).toBe("8.00");
    expect(formatDread(7.9999999999)).toBe("8.00");
    expect(dreadSeverity(7.9999999999)).toBe("critical");
    expect(formatDread(6.95484)).toBe("6.95");
  });

  const factor = fc.integer({ min: 1, max: 10 });
  const aiFactor = fc.integer({ min: 10, max: 20 }).map((n) => n / 10);
  const anyScore = fc.record({
    damage: factor,
    reproducibility: factor,
    exploitability: factor,
    affectedUsers: factor,
    discoverability: factor,
    modelImpact: aiFactor,
    dataSensitivity: aiFactor,
    detectionDifficulty: aiFactor,
  });

  it("stays within 1-10, with a multiplier within 1-2 (property)", () => {
    fc.assert(
      fc.property(anyScore, (s) => {
        const r = dreadScore(s);
        expect(r.adjusted).toBeGreaterThanOrEqual(1 - 1e-12);
        expect(r.adjusted).toBeLessThanOrEqual(10);
        expect(r.multiplier).toBeGreaterThanOrEqual(1 - 1e-12);
        expect(r.multiplier).toBeLessThanOrEqual(2 + 1e-12);
        expect(r.severity).toBe(dreadSeverity(r.adjusted));
      }),
    );
  });

  it("never falls when a factor rises (property)", () => {
    const rank = ["info", "low", "medium", "high", "critical"];
    const keys = [...DREAD_FACTORS, ...DREAD_AI_FACTORS];
    fc.assert(
      fc.property(anyScore, fc.constantFrom(...keys), (s, key) => {
        const isAi = (DREAD_AI_FACTORS as readonly string[]).includes(key);
        const raised = { ...s, [key]: isAi ? 2 : 10 };
        const a = dreadScore(s);
        const b = dreadScore(raised);
        expect(b.adjusted).toBeGreaterThanOrEqual(a.adjusted - 1e-12);
        expect(rank.indexOf(b.severity)).toBeGreaterThanOrEqual(rank.indexOf(a.severity));
      }),
    );
  });
});
