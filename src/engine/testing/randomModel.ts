import { ML_ASSET_KINDS, ML_KIND_ELEMENT_TYPE, type MlAssetKind } from "../../domain/mlKinds";
import {
  CURRENT_SCHEMA_VERSION,
  ThreatModelSchema,
  ZONE_KINDS,
  type DataFlow,
  type DfdElement,
  type ThreatModel,
  type ThreatModelInput,
} from "../../domain/schema";

/**
 * Seeded, realistic-looking random models for benchmarks and property tests: nested trust
 * boundaries, a mix of element types and ML kinds, tri-state properties with plenty of
 * unknowns, and about 1.5 flows per element, mostly between nearby elements.
 */

export type Random = () => number;

/** mulberry32: small, fast, good enough for test data. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

const CLASSES = ["unknown", "public", "internal", "confidential", "restricted"] as const;

export function tri(random: Random): "yes" | "no" | "unknown" {
  const r = random();
  return r < 0.4 ? "yes" : r < 0.7 ? "no" : "unknown";
}

const KINDS_BY_TYPE = {
  process: ML_ASSET_KINDS.filter((k) => ML_KIND_ELEMENT_TYPE[k] === "process"),
  dataStore: ML_ASSET_KINDS.filter((k) => ML_KIND_ELEMENT_TYPE[k] === "dataStore"),
  externalEntity: ML_ASSET_KINDS.filter((k) => ML_KIND_ELEMENT_TYPE[k] === "externalEntity"),
};

function mlKind(random: Random, type: keyof typeof KINDS_BY_TYPE): MlAssetKind | null {
  return random() < 0.5 ? pick(random, KINDS_BY_TYPE[type]) : null;
}

export function randomProps(
  random: Random,
  type: DfdElement["type"] | "flow",
): Record<string, unknown> {
  switch (type) {
    case "process":
      return {
        internetExposed: random() < 0.15 ? "yes" : tri(random),
        authenticatesCallers: tri(random),
        authorizesActions: tri(random),
        rateLimited: tri(random),
        validatesInput: tri(random),
        runsPrivileged: tri(random),
        executesInputCode: random() < 0.8 ? "no" : tri(random),
      };
    case "dataStore":
      return {
        encryptedAtRest: tri(random),
        integrityVerified: tri(random),
        storesCredentials: tri(random),
        storesLogs: tri(random),
        containsPersonalData: tri(random),
        classification: pick(random, CLASSES),
        retentionDays: random() < 0.5 ? null : Math.floor(random() * 800),
      };
    case "externalEntity":
      return {
        entityKind: pick(random, ["human", "system", "unknown"]),
        authenticated: tri(random),
      };
    case "trustBoundary":
      return { zoneKind: pick(random, ZONE_KINDS), trustLevel: Math.floor(random() * 11) * 10 };
    case "flow":
      return {
        protocol: pick(random, ["HTTPS", "HTTP", "gRPC", "S3 API", ""]),
        encryptedInTransit: tri(random),
        authenticated: tri(random),
        integrityVerified: tri(random),
        carriesPersonalData: tri(random),
        classification: pick(random, CLASSES),
      };
  }
}

export function randomModel(elementCount: number, seed = 1): ThreatModel {
  const random = seededRandom(seed);
  const boundaryCount = Math.max(1, Math.round(elementCount / 20));
  const elements: ThreatModelInput["elements"] = [];
  const boundaryIds: string[] = [];
  for (let i = 0; i < boundaryCount; i++) {
    const id = `zone-${i}`;
    const parentId = i > 0 && random() < 0.2 ? pick(random, boundaryIds) : null;
    elements.push({
      id,
      type: "trustBoundary",
      name: `Zone ${i}`,
      position: { x: i * 500, y: 0 },
      size: { width: 480, height: 480 },
      parentId,
      props: randomProps(random, "trustBoundary"),
    });
    boundaryIds.push(id);
  }
  const nodeIds: string[] = [];
  for (let i = boundaryCount; i < elementCount; i++) {
    const r = random();
    const type = r < 0.5 ? "process" : r < 0.82 ? "dataStore" : "externalEntity";
    const id = `el-${i}`;
    // Neighbouring elements tend to share a zone, as on a real diagram.
    const zone =
      random() < 0.85 ? boundaryIds[Math.floor((i / elementCount) * boundaryCount)]! : null;
    elements.push({
      id,
      type,
      name: `${type} ${i}`,
      position: { x: (i % 40) * 60, y: Math.floor(i / 40) * 60 },
      parentId: zone,
      mlKind: mlKind(random, type),
      outOfScope: random() < 0.02,
      props: randomProps(random, type),
    } as ThreatModelInput["elements"][number]);
    nodeIds.push(id);
  }
  const flows: ThreatModelInput["flows"] = [];
  const flowCount = Math.round(elementCount * 1.5);
  for (let i = 0; i < flowCount && nodeIds.length > 1; i++) {
    const s = Math.floor(random() * nodeIds.length);
    const near = random() < 0.75;
    let t = near
      ? Math.min(nodeIds.length - 1, Math.max(0, s + Math.floor(random() * 21) - 10))
      : Math.floor(random() * nodeIds.length);
    if (t === s) t = (s + 1) % nodeIds.length;
    flows.push({
      id: `flow-${i}`,
      source: nodeIds[s]!,
      target: nodeIds[t]!,
      label: random() < 0.9 ? `Flow ${i}` : "",
      bidirectional: random() < 0.2,
      outOfScope: random() < 0.02,
      props: randomProps(random, "flow"),
    });
  }
  return ThreatModelSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: `random-${elementCount}-${seed}`,
    name: `Random model (${elementCount} elements)`,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
    elements,
    flows,
  } satisfies ThreatModelInput);
}

/** One property edit with structural sharing: only the edited element or flow is new. */
export function randomPropertyEdit(model: ThreatModel, random: Random): ThreatModel {
  if (random() < 0.6 || model.flows.length === 0) {
    const index = Math.floor(random() * model.elements.length);
    const element = model.elements[index]!;
    const props = randomProps(random, element.type);
    const key = pick(random, Object.keys(props));
    const edited = { ...element, props: { ...element.props, [key]: props[key] } } as DfdElement;
    const elements = model.elements.slice();
    elements[index] = edited;
    return { ...model, elements };
  }
  const index = Math.floor(random() * model.flows.length);
  const flow = model.flows[index]!;
  const props = randomProps(random, "flow");
  const key = pick(random, Object.keys(props));
  const edited: DataFlow = {
    ...flow,
    props: { ...flow.props, [key]: props[key] } as DataFlow["props"],
  };
  const flows = model.flows.slice();
  flows[index] = edited;
  return { ...model, flows };
}
