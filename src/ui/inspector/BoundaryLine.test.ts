import { describe, expect, it } from "vitest";
import { boundaryText } from "./BoundaryLine";

describe("boundaryText", () => {
  it("names the innermost boundary first, then those around it", () => {
    expect(boundaryText([{ name: "DMZ", trustLevel: 30 }], false)).toBe("In DMZ (trust 30)");
    expect(
      boundaryText(
        [
          { name: "Inference", trustLevel: 60 },
          { name: "Cloud", trustLevel: 20 },
        ],
        false,
      ),
    ).toBe("In Inference (trust 60), within Cloud (trust 20)");
  });

  it("says so when the element is in no boundary", () => {
    expect(boundaryText([], false)).toBe("Not inside any trust boundary");
    expect(boundaryText([], true)).toBe("Not inside another trust boundary");
  });
});
