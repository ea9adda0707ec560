import { describe, expect, it } from "vitest";
import { DEFAULT_ZONE_TRUST, createElement } from "../../domain/factory";
import { ML_ASSET_KINDS, ML_KIND_ELEMENT_TYPE } from "../../domain/mlKinds";
import {
  DataStorePropsSchema,
  ExternalEntityPropsSchema,
  FlowPropsSchema,
  ProcessPropsSchema,
  TrustBoundaryPropsSchema,
  type DataFlow,
} from "../../domain/schema";
import {
  ELEMENT_PROPERTIES,
  FLOW_PROPERTIES,
  inspect,
  mlKindOptions,
  visibleProperties,
  zoneKindPatch,
  type PropertySpec,
} from "./properties";

const keys = (specs: readonly PropertySpec[]) => specs.map((s) => s.key).sort();
const schemaKeys = (shape: object) => Object.keys(shape).sort();

describe("property lists", () => {
  it("show every property of each schema exactly once", () => {
    expect(keys(ELEMENT_PROPERTIES.process)).toEqual(schemaKeys(ProcessPropsSchema.shape));
    expect(keys(ELEMENT_PROPERTIES.dataStore)).toEqual(schemaKeys(DataStorePropsSchema.shape));
    expect(keys(ELEMENT_PROPERTIES.externalEntity)).toEqual(
      schemaKeys(ExternalEntityPropsSchema.shape),
    );
    expect(keys(ELEMENT_PROPERTIES.trustBoundary)).toEqual(
      schemaKeys(TrustBoundaryPropsSchema.shape),
    );
    expect(keys(FLOW_PROPERTIES)).toEqual(schemaKeys(FlowPropsSchema.shape));
  });

  it("use a tri-state control exactly for the tri-state properties", () => {
    const shapes = {
      process: ProcessPropsSchema.shape,
      dataStore: DataStorePropsSchema.shape,
      externalEntity: ExternalEntityPropsSchema.shape,
      trustBoundary: TrustBoundaryPropsSchema.shape,
    } as const;
    // A tri-state field accepts exactly yes / no / unknown, and defaults to unknown (or, for a
    // kind-specific property, is optional: absent means unknown).
    const isTri = (field: unknown) => {
      const schema = field as { safeParse(value: unknown): { success: boolean; data?: unknown } };
      return (
        ["yes", "no", "unknown"].every((v) => schema.safeParse(v).success) &&
        !schema.safeParse("maybe").success &&
        [undefined, "unknown"].includes(schema.safeParse(undefined).data as string | undefined) &&
        schema.safeParse(undefined).success
      );
    };
    for (const spec of FLOW_PROPERTIES) {
      const field = (FlowPropsSchema.shape as Record<string, unknown>)[spec.key];
      expect(["flow", spec.key, spec.control === "triState"]).toEqual([
        "flow",
        spec.key,
        isTri(field),
      ]);
    }
    for (const [type, shape] of Object.entries(shapes)) {
      for (const spec of ELEMENT_PROPERTIES[type as keyof typeof shapes]) {
        const field = (shape as Record<string, unknown>)[spec.key];
        const triState = spec.key !== "classification" && spec.key !== "entityKind" && isTri(field);
        expect([type, spec.key, spec.control === "triState"]).toEqual([type, spec.key, triState]);
      }
    }
  });

  it("show kind-specific properties only for their kinds", () => {
    const specs = ELEMENT_PROPERTIES.process;
    expect(keys(visibleProperties(specs, {}, "llm"))).toContain("outputGuardrails");
    expect(keys(visibleProperties(specs, {}, "training-job"))).not.toContain("outputGuardrails");
    expect(keys(visibleProperties(specs, {}, null))).not.toContain("outputGuardrails");
    expect(keys(visibleProperties(specs, {}, null))).toContain("authenticatesCallers");
    for (const spec of specs.filter((s) => s.kinds)) {
      for (const kind of spec.kinds!) expect(ML_KIND_ELEMENT_TYPE[kind]).toBe("process");
    }
  });

  it("show the zone name only for custom zones", () => {
    const specs = ELEMENT_PROPERTIES.trustBoundary;
    expect(keys(visibleProperties(specs, { zoneKind: "custom" }))).toContain("customZone");
    expect(keys(visibleProperties(specs, { zoneKind: "inference" }))).not.toContain("customZone");
  });
});

describe("mlKindOptions", () => {
  it("offers only the type's own kinds, and every kind on exactly one type", () => {
    const offered = (["process", "dataStore", "externalEntity"] as const).flatMap((type) => {
      const kinds = mlKindOptions(type);
      expect(kinds.length).toBeGreaterThan(0);
      expect(kinds.every((kind) => ML_KIND_ELEMENT_TYPE[kind] === type)).toBe(true);
      return kinds;
    });
    expect(offered.sort()).toEqual([...ML_ASSET_KINDS].sort());
  });

  it("offers no kinds for trust boundaries", () => {
    expect(mlKindOptions("trustBoundary")).toEqual([]);
  });
});

describe("zoneKindPatch", () => {
  it("moves an untouched trust level to the new zone's default", () => {
    expect(
      zoneKindPatch({ zoneKind: "custom", trustLevel: DEFAULT_ZONE_TRUST.custom }, "external"),
    ).toEqual({ zoneKind: "external", trustLevel: DEFAULT_ZONE_TRUST.external });
  });

  it("never overwrites a trust level someone chose", () => {
    expect(zoneKindPatch({ zoneKind: "dmz", trustLevel: 42 }, "inference")).toEqual({
      zoneKind: "inference",
    });
  });
});

describe("inspect", () => {
  const a = createElement({ type: "process", name: "A", position: { x: 0, y: 0 }, id: "a" });
  const b = createElement({ type: "dataStore", name: "B", position: { x: 200, y: 0 }, id: "b" });
  const flow = { id: "f", source: "a", target: "b" } as DataFlow;
  const doc = { elements: [a, b], flows: [flow] };

  it("shows the model when nothing (alive) is selected", () => {
    expect(inspect(doc, [])).toEqual({ kind: "none" });
    expect(inspect(doc, ["gone"])).toEqual({ kind: "none" });
  });

  it("finds one element or one flow", () => {
    expect(inspect(doc, ["b"])).toEqual({ kind: "element", element: b });
    expect(inspect(doc, ["f"])).toEqual({ kind: "flow", flow });
    expect(inspect(doc, ["gone", "f"])).toEqual({ kind: "flow", flow });
  });

  it("counts several, ignoring ids that are gone and duplicates", () => {
    expect(inspect(doc, ["a", "f", "gone", "a"])).toEqual({ kind: "many", ids: ["a", "f"] });
  });
});
