import { describe, expect, it } from "vitest";
import { groupFindings } from "./grouping";
import { pageOf } from "./layout";
import { buildTargetIndex } from "./targets";
import { finding, sampleDoc } from "./testing";

describe("panel layout", () => {
  it("renders the first rows across groups and counts the rest", () => {
    const index = buildTargetIndex(sampleDoc());
    const many = (id: string, n: number) =>
      Array.from({ length: n }, (_, i) => finding({ ruleId: `R${id}${i}`, targetIds: [id] }));
    const groups = groupFindings(
      [...many("provider", 3), ...many("store", 4), ...many("job", 2)],
      "element",
      index,
    );
    const page = pageOf(groups, 5);
    expect(page.groups.map((g) => [g.key, g.findings.length, g.total])).toEqual([
      ["provider", 3, 3],
      ["store", 2, 4],
    ]);
    expect(page.remaining).toBe(4);
    expect(pageOf(groups, 100).remaining).toBe(0);
    expect(pageOf(groups, 0).groups).toEqual([]);
  });
});
