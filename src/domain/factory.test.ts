import { describe, expect, it } from "vitest";
import { DEFAULT_ZONE_TRUST, createElement, presetType } from "./factory";
import { newId } from "./ids";
import { ML_ASSET_KINDS, ML_KIND_ELEMENT_TYPE, mlKindsForType } from "./mlKinds";
import { ElementSchema, ZONE_KINDS } from "./schema";

describe("createElement", () => {
  it("creates a complete, valid element of each type", () => {
    for (const type of ["process", "dataStore", "externalEntity", "trustBoundary"] as const) {
      const element = createElement({ type, name: `A ${type}`, position: { x: 1, y: 2 } });
      expect(ElementSchema.safeParse(element).success).toBe(true);
      expect(element).toMatchObject({ type, name: `A ${type}`, parentId: null });
    }
  });

  it("rounds the position and gives boundaries a size", () => {
    const zone = createElement({ type: "trustBoundary", name: "Z", position: { x: 1.4, y: 2.6 } });
    expect(zone.position).toEqual({ x: 1, y: 3 });
    expect(zone.size).toEqual({ width: 420, height: 300 });
    expect(zone.id).toMatch(/^zone_/);
    const element = createElement({ type: "process", name: "P", position: { x: 0, y: 0 } });
    expect(element.id).toMatch(/^el_/);
    expect(element).not.toHaveProperty("size");
  });

  it("uses the zone kind's default trust, unless props say otherwise", () => {
    for (const zoneKind of ZONE_KINDS) {
      const zone = createElement({
        type: "trustBoundary",
        name: "Z",
        position: { x: 0, y: 0 },
        zoneKind,
      });
      expect(zone.props).toMatchObject({ zoneKind, trustLevel: DEFAULT_ZONE_TRUST[zoneKind] });
    }
    const custom = createElement({
      type: "trustBoundary",
      name: "Z",
      position: { x: 0, y: 0 },
      zoneKind: "dmz",
      props: { trustLevel: 5 },
    });
    expect(custom.props).toMatchObject({ zoneKind: "dmz", trustLevel: 5 });
  });

  it("infers whether an external entity is a human or a system from its ML kind", () => {
    const make = (mlKind: "end-user" | "human-reviewer" | "third-party-ai-api") =>
      createElement({ type: "externalEntity", name: "E", position: { x: 0, y: 0 }, mlKind });
    expect(make("end-user").props).toMatchObject({ entityKind: "human" });
    expect(make("human-reviewer").props).toMatchObject({ entityKind: "human" });
    expect(make("third-party-ai-api").props).toMatchObject({ entityKind: "system" });
    const explicit = createElement({
      type: "externalEntity",
      name: "E",
      position: { x: 0, y: 0 },
      mlKind: "end-user",
      props: { entityKind: "system" },
    });
    expect(explicit.props).toMatchObject({ entityKind: "system" });
  });

  it("takes an id and props, and throws on invalid props", () => {
    const element = createElement({
      type: "dataStore",
      name: "S",
      position: { x: 0, y: 0 },
      id: "my store",
      mlKind: "vector-store",
      props: { retentionDays: 7 },
    });
    expect(element).toMatchObject({ id: "my store", mlKind: "vector-store" });
    expect(element.props).toMatchObject({ retentionDays: 7, encryptedAtRest: "unknown" });
    expect(() =>
      createElement({
        type: "dataStore",
        name: "S",
        position: { x: 0, y: 0 },
        props: { retentionDays: -1 },
      }),
    ).toThrow();
  });
});

describe("ML kinds", () => {
  it("every kind is a preset of exactly one non-boundary type", () => {
    for (const kind of ML_ASSET_KINDS) {
      expect(presetType(kind)).toBe(ML_KIND_ELEMENT_TYPE[kind]);
      expect(["process", "dataStore", "externalEntity"]).toContain(presetType(kind));
    }
    const all = [
      ...mlKindsForType("process"),
      ...mlKindsForType("dataStore"),
      ...mlKindsForType("externalEntity"),
    ];
    expect(all.sort()).toEqual([...ML_ASSET_KINDS].sort());
    expect(mlKindsForType("trustBoundary")).toEqual([]);
  });
});

describe("newId", () => {
  it("prefixes and never repeats", () => {
    const ids = Array.from({ length: 2000 }, () => newId("flow"));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^flow_[0-9a-f]+$/);
    expect(newId()).toMatch(/^el_/);
  });
});
