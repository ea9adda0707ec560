import { newId } from "./ids";
import { ML_KIND_ELEMENT_TYPE, type MlAssetKind } from "./mlKinds";
import {
  ElementSchema,
  type DfdElement,
  type ElementType,
  type Point,
  type ZoneKind,
} from "./schema";

/** Trust a zone kind starts with; users adjust it per boundary. */
export const DEFAULT_ZONE_TRUST: Record<ZoneKind, number> = {
  external: 0,
  dmz: 30,
  inference: 60,
  monitoring: 70,
  training: 70,
  data: 80,
  control: 80,
  registry: 80,
  custom: 50,
};

export interface NewElementSpec {
  type: ElementType;
  name: string;
  /** Absolute canvas position of the top-left corner. */
  position: Point;
  mlKind?: MlAssetKind | null;
  zoneKind?: ZoneKind;
  props?: Record<string, unknown>;
  id?: string;
}

/** A new element with every default filled in (validated, so callers get a complete object). */
export function createElement(spec: NewElementSpec): DfdElement {
  const base = {
    id: spec.id ?? newId(spec.type === "trustBoundary" ? "zone" : "el"),
    name: spec.name,
    position: { x: Math.round(spec.position.x), y: Math.round(spec.position.y) },
    parentId: null,
  };
  if (spec.type === "trustBoundary") {
    const zoneKind = spec.zoneKind ?? "custom";
    return ElementSchema.parse({
      ...base,
      type: "trustBoundary",
      size: { width: 420, height: 300 },
      props: { zoneKind, trustLevel: DEFAULT_ZONE_TRUST[zoneKind], ...spec.props },
    });
  }
  const props: Record<string, unknown> = { ...spec.props };
  if (spec.type === "externalEntity" && spec.mlKind && !("entityKind" in props)) {
    const humans: MlAssetKind[] = ["human-reviewer", "end-user"];
    props.entityKind = humans.includes(spec.mlKind) ? "human" : "system";
  }
  return ElementSchema.parse({ ...base, type: spec.type, mlKind: spec.mlKind ?? null, props });
}

export function presetType(kind: MlAssetKind): Exclude<ElementType, "trustBoundary"> {
  return ML_KIND_ELEMENT_TYPE[kind];
}
