import {
  CURRENT_SCHEMA_VERSION,
  ThreatModelSchema,
  type ThreatModel,
  type ThreatModelInput,
} from "../../domain/schema";

export type ElementInput = ThreatModelInput["elements"][number];
export type FlowInput = ThreatModelInput["flows"][number];

/** A valid model from partial elements and flows (positions default to the origin). */
export function modelOf(elements: ElementInput[], flows: FlowInput[] = []): ThreatModel {
  return ThreatModelSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: "test-model",
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
    elements,
    flows,
  } satisfies ThreatModelInput);
}

type Props = Record<string, unknown>;
const at = { x: 0, y: 0 };

export function proc(
  id: string,
  props: Props = {},
  extra: Partial<ElementInput> = {},
): ElementInput {
  return { id, type: "process", name: id, position: at, props, ...extra } as ElementInput;
}

export function store(
  id: string,
  props: Props = {},
  extra: Partial<ElementInput> = {},
): ElementInput {
  return { id, type: "dataStore", name: id, position: at, props, ...extra } as ElementInput;
}

export function entity(
  id: string,
  props: Props = {},
  extra: Partial<ElementInput> = {},
): ElementInput {
  return { id, type: "externalEntity", name: id, position: at, props, ...extra } as ElementInput;
}

export function zone(
  id: string,
  zoneKind: string,
  trustLevel: number,
  extra: Partial<ElementInput> = {},
): ElementInput {
  return {
    id,
    type: "trustBoundary",
    name: id,
    position: at,
    size: { width: 400, height: 300 },
    props: { zoneKind, trustLevel },
    ...extra,
  } as ElementInput;
}

export function flow(
  id: string,
  source: string,
  target: string,
  props: Props = {},
  extra: Partial<FlowInput> = {},
): FlowInput {
  return { id, source, target, label: id, props, ...extra } as FlowInput;
}
