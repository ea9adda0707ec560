import { describe, expect, it } from "vitest";
import { createEmptyModel } from "../domain/document";
import { ThreatModelSchema } from "../domain/schema";
import { asCopy, conflictsOf, planImport } from "./importPlan";

describe("import plan", () => {
  const a = createEmptyModel({ id: "a", name: "Alpha" });
  const b = createEmptyModel({ id: "b", name: "Beta" });
  const stored = new Set(["a"]);

  it("finds the models whose id is taken", () => {
    expect(conflictsOf([a, b], stored)).toEqual([a]);
  });

  it("creates new ids as they are, and copies or replaces taken ones as chosen", () => {
    const copied = planImport([a, b], stored, "copy");
    expect(copied.map((p) => p.action)).toEqual(["copy", "create"]);
    expect(copied[0]?.model.id).not.toBe("a");
    expect(copied[0]?.model.name).toBe("Alpha (imported copy)");
    expect(copied[1]?.model).toBe(b);
    expect(planImport([a, b], stored, "replace").map((p) => [p.action, p.model.id])).toEqual([
      ["replace", "a"],
      ["create", "b"],
    ]);
  });

  it("keeps a copy's name within the schema's limit", () => {
    const long = createEmptyModel({ id: "l", name: "x".repeat(200) });
    const copy = asCopy(long);
    expect(ThreatModelSchema.safeParse(copy).success).toBe(true);
    expect(copy.name.endsWith(" (imported copy)")).toBe(true);
  });
});
