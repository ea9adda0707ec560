import { describe, expect, it } from "vitest";
import { ALL_CATEGORIES, categoriesOf, categoryByKey, categoryKeysOf } from "./categories";
import { finding } from "./testing";

describe("categories", () => {
  it("labels categories with framework, code and catalog name", () => {
    expect(categoryByKey("stride:T")?.label).toBe("STRIDE T · Tampering");
    expect(categoryByKey("linddun:DD")?.label).toBe("LINDDUN DD · Data Disclosure");
    expect(categoryByKey("linddun:U")?.label).toBe("LINDDUN U · Unawareness & Unintervenability");
    expect(categoryByKey("ai:fairness")?.label).toBe("AI harm · Fairness and discrimination");
    // 6 STRIDE, 7 LINDDUN, 3 AI harms.
    expect(ALL_CATEGORIES).toHaveLength(16);
  });

  it("lists a finding's categories STRIDE first, in catalog order", () => {
    const f = finding({
      categories: { stride: ["E", "T"], linddun: ["Nc", "DD"], ai: ["fairness"] },
    });
    expect(categoriesOf(f).map((c) => c.key)).toEqual([
      "stride:T",
      "stride:E",
      "linddun:DD",
      "linddun:Nc",
      "ai:fairness",
    ]);
    expect(categoryKeysOf(f).sort()).toEqual([
      "ai:fairness",
      "linddun:DD",
      "linddun:Nc",
      "stride:E",
      "stride:T",
    ]);
  });

  it("keeps STRIDE I and LINDDUN I apart", () => {
    const f = finding({ categories: { stride: [], linddun: ["I"], ai: [] } });
    expect(categoryKeysOf(f)).toEqual(["linddun:I"]);
  });
});
