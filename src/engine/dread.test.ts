import { describe, expect, it } from "vitest";
import type { DreadScore } from "../domain/decisions";
import { dreadScore, dreadSeverity } from "./dread";

const score = (factors: number, ai: [number, number, number]): DreadScore => ({
  damage: factors,
  reproducibility: factors,
  exploitability: factors,
  affectedUsers: factors,
  discoverability: factors,
  modelImpact: ai[0],
  dataSensitivity: ai[1],
  detectionDifficulty: ai[2],
});

describe("DREAD-AI", () => {
  it("is the factors' mean times the geometric mean of the AI factors", () => {
    expect(dreadScore(score(4, [1, 1, 1]))).toBe(4);
    expect(dreadScore(score(4, [2, 2, 2]))).toBeCloseTo(8);
    // Geometric, not arithmetic, mean: (1 x 1 x 2)^(1/3) = 1.26, not 1.33.
    expect(dreadScore(score(5, [1, 1, 2]))).toBeCloseTo(5 * Math.cbrt(2));
    expect(
      dreadScore({
        ...score(1, [1, 1, 1]),
        damage: 6,
        reproducibility: 5,
        exploitability: 4,
        affectedUsers: 5,
        discoverability: 3,
      }),
    ).toBeCloseTo(4.6);
  });

  it("is capped at 10", () => {
    expect(dreadScore(score(10, [2, 2, 2]))).toBe(10);
    expect(dreadScore(score(7, [2, 2, 2]))).toBe(10);
  });

  it.each([
    [10, "critical"],
    [8, "critical"],
    [7.999, "high"],
    [6, "high"],
    [5.999, "medium"],
    [4, "medium"],
    [3.999, "low"],
    [2, "low"],
    [1.999, "info"],
    [1, "info"],
  ] as const)("%d is %s", (value, severity) => {
    expect(dreadSeverity(value)).toBe(severity);
  });
});
