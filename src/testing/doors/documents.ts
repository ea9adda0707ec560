import fc from "fast-check";
import { ML_ASSET_KINDS, ML_KIND_ELEMENT_TYPE } from "../../domain/mlKinds";
import { TRIAGE_STATUSES } from "../../domain/decisions";
import { CURRENT_SCHEMA_VERSION, ZONE_KINDS } from "../../domain/schema";

/**
 * Generated threat-model documents as plain JSON data, valid by construction: unique ids, flows
 * between distinct non-boundary elements, parents that are boundaries listed in any order and
 * never in a cycle, decisions, and unknown keys of other tools (which must survive a round trip).
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

const text = (maxLength: number) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.string({ maxLength }) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength }) },
    { weight: 1, arbitrary: fc.constantFrom("", " ", "API gateway", "שרת", "\u202eevil", "名前") },
  );

const id = fc.oneof(
  fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }),
  fc.constantFrom("model", "__proto__x", "constructor", "toString", "a b", "é"),
);

/** Keys other tools might add; never `__proto__` (refused on purpose, see jsonValue.ts). */
const foreignKey = fc
  .string({ minLength: 1, maxLength: 10 })
  .filter((k) => k !== "__proto__" && !KNOWN_KEYS.has(k));
const KNOWN_KEYS = new Set([
  "schemaVersion",
  "id",
  "name",
  "description",
  "owner",
  "createdAt",
  "updatedAt",
  "elements",
  "flows",
  "viewport",
  "settings",
  "triage",
  "mitigations",
  "customThreats",
  "assumptions",
  "decisionLog",
  "workshop",
  "type",
  "position",
  "size",
  "props",
  "parentId",
  "mlKind",
  "technologies",
  "outOfScope",
  "outOfScopeReason",
  "source",
  "target",
  "label",
  "bidirectional",
  "sourceHandle",
  "targetHandle",
  "legacyTriage",
]);
const foreignValue = fc
  .jsonValue({ maxDepth: 2 })
  .map((v) => JSON.parse(JSON.stringify(v)) as Json);
const foreignKeys = fc.dictionary(foreignKey, foreignValue, { maxKeys: 2 });

const tri = fc.constantFrom("yes", "no", "unknown");
const coordinate = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const isoDate = fc
  .date({
    min: new Date("2000-01-01T00:00:00Z"),
    max: new Date("2100-01-01T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());
const tags = fc.array(
  fc.string({ minLength: 1, maxLength: 20 }).filter((t) => t.trim() !== ""),
  {
    maxLength: 3,
  },
);

const PROPS = {
  process: fc.record(
    { internetExposed: tri, authenticatesCallers: tri, validatesInput: tri, runsPrivileged: tri },
    { requiredKeys: [] },
  ),
  dataStore: fc.record(
    {
      encryptedAtRest: tri,
      containsPersonalData: tri,
      storesLogs: tri,
      classification: fc.constantFrom(
        "unknown",
        "public",
        "internal",
        "confidential",
        "restricted",
      ),
      retentionDays: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 36500 })),
    },
    { requiredKeys: [] },
  ),
  externalEntity: fc.record(
    { entityKind: fc.constantFrom("human", "system", "unknown"), authenticated: tri },
    { requiredKeys: [] },
  ),
  trustBoundary: fc.record(
    {
      zoneKind: fc.constantFrom(...ZONE_KINDS),
      customZone: text(40),
      trustLevel: fc.integer({ min: 0, max: 100 }),
    },
    { requiredKeys: [] },
  ),
  flow: fc.record(
    { encryptedInTransit: tri, authenticated: tri, carriesPersonalData: tri, protocol: text(20) },
    { requiredKeys: [] },
  ),
};

const NODE_TYPES = ["process", "dataStore", "externalEntity"] as const;

interface Shape {
  ids: string[];
  boundaries: number;
  nodes: number;
  boundaryParents: number[];
  nodeParents: number[];
  flows: Array<[number, number]>;
  order: number[];
}

const shape: fc.Arbitrary<Shape> = fc
  .record({ boundaries: fc.integer({ min: 0, max: 3 }), nodes: fc.integer({ min: 0, max: 8 }) })
  .chain(({ boundaries, nodes }) =>
    fc.record({
      boundaries: fc.constant(boundaries),
      nodes: fc.constant(nodes),
      // Parent of boundary i: an earlier boundary (index < i) or none (-1).
      boundaryParents: fc.tuple(
        ...Array.from({ length: boundaries }, (_, i) => fc.integer({ min: -1, max: i - 1 })),
      ),
      nodeParents: fc.array(fc.integer({ min: -1, max: boundaries - 1 }), {
        minLength: nodes,
        maxLength: nodes,
      }),
      flows:
        nodes < 2
          ? fc.constant([] as Array<[number, number]>)
          : fc.array(
              fc.tuple(fc.nat(nodes - 1), fc.nat(nodes - 1)).filter(([s, t]) => s !== t),
              { maxLength: 10 },
            ),
      // The elements' order in the file: children may come before their boundary.
      order: fc.shuffledSubarray(
        Array.from({ length: boundaries + nodes }, (_, i) => i),
        { minLength: boundaries + nodes, maxLength: boundaries + nodes },
      ),
    }),
  )
  .chain((s) =>
    fc
      .uniqueArray(id, {
        minLength: s.boundaries + s.nodes + s.flows.length + 1,
        maxLength: s.boundaries + s.nodes + s.flows.length + 1,
      })
      .map((ids) => ({ ...s, ids })),
  );

function elementOf(
  type: (typeof NODE_TYPES)[number] | "trustBoundary",
  elementId: string,
  parentId: string | null,
): fc.Arbitrary<JsonObject> {
  const kinds = ML_ASSET_KINDS.filter(
    (k) => type !== "trustBoundary" && ML_KIND_ELEMENT_TYPE[k] === type,
  );
  return fc
    .record({
      name: text(40),
      description: text(80),
      technologies: tags,
      outOfScope: fc.boolean(),
      position: fc.record({ x: coordinate, y: coordinate }),
      props: PROPS[type] as fc.Arbitrary<JsonObject>,
      mlKind: kinds.length
        ? fc.oneof(fc.constant(null), fc.constantFrom(...kinds))
        : fc.constant(null),
      extra: foreignKeys,
    })
    .map(({ extra, mlKind, ...fields }) => ({
      ...extra,
      ...fields,
      id: elementId,
      type,
      parentId,
      ...(type === "trustBoundary"
        ? { size: { width: 400, height: 300 } }
        : { mlKind: mlKind as Json }),
    }));
}

const decisions = (findingKeys: fc.Arbitrary<string>) =>
  fc.record(
    {
      triage: fc.dictionary(
        findingKeys,
        fc.record(
          { status: fc.constantFrom(...TRIAGE_STATUSES), justification: text(60), owner: text(20) },
          { requiredKeys: ["status"] },
        ),
        { maxKeys: 3 },
      ),
      mitigations: fc.uniqueArray(
        fc.record({
          id: fc.string({ minLength: 1, maxLength: 8 }),
          title: text(30).filter((t) => t.length > 0),
        }),
        { maxLength: 2, selector: (m) => m.id },
      ),
      assumptions: fc.uniqueArray(
        fc.record({
          id: fc.string({ minLength: 1, maxLength: 8 }),
          text: text(60).filter((t) => t.length > 0),
        }),
        { maxLength: 2, selector: (a) => a.id },
      ),
      settings: fc.record({ scoring: fc.constantFrom("likelihoodImpact", "dread") }),
    },
    { requiredKeys: [] },
  );

/** A valid version 2 document, as plain JSON data. */
export const validDocument: fc.Arbitrary<JsonObject> = shape.chain((s) => {
  const boundaryId = (i: number) => s.ids[i]!;
  const nodeId = (i: number) => s.ids[s.boundaries + i]!;
  const flowId = (i: number) => s.ids[s.boundaries + s.nodes + i]!;
  const modelId = s.ids[s.ids.length - 1]!;
  const elements = [
    ...Array.from({ length: s.boundaries }, (_, i) =>
      elementOf(
        "trustBoundary",
        boundaryId(i),
        s.boundaryParents[i]! < 0 ? null : boundaryId(s.boundaryParents[i]!),
      ),
    ),
    ...Array.from({ length: s.nodes }, (_, i) =>
      fc
        .constantFrom(...NODE_TYPES)
        .chain((type) =>
          elementOf(type, nodeId(i), s.nodeParents[i]! < 0 ? null : boundaryId(s.nodeParents[i]!)),
        ),
    ),
  ];
  const flows = s.flows.map(([from, to], i) =>
    fc
      .record({
        label: text(30),
        bidirectional: fc.boolean(),
        props: PROPS.flow as fc.Arbitrary<JsonObject>,
        extra: foreignKeys,
      })
      .map(({ extra, ...fields }) => ({
        ...extra,
        ...fields,
        id: flowId(i),
        source: nodeId(from),
        target: nodeId(to),
      })),
  );
  const findingKey = fc.constantFrom(...s.ids).map((target) => `STRIDE-PROC-S-01@${target}`);
  return fc
    .record({
      elements: fc.tuple(...elements),
      flows: fc.tuple(...flows),
      name: text(60),
      description: text(200),
      owner: text(30),
      createdAt: isoDate,
      updatedAt: isoDate,
      viewport: fc.oneof(
        fc.constant(null),
        fc.record({
          x: coordinate,
          y: coordinate,
          zoom: fc.double({ min: 0.1, max: 4, noNaN: true }),
        }),
      ),
      decisions: decisions(findingKey),
      extra: foreignKeys,
    })
    .map(({ elements: list, flows: flowList, decisions: d, extra, ...fields }) => ({
      ...extra,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      id: modelId,
      ...fields,
      elements: s.order.map((i) => list[i]!),
      flows: flowList,
      ...(d as JsonObject),
    }));
});

/** The same document as a version 1 file: no decision fields, maybe no schemaVersion at all. */
export function asVersion1(doc: JsonObject, keepVersion: boolean): JsonObject {
  const {
    triage: _triage,
    mitigations: _m,
    customThreats: _c,
    assumptions: _a,
    decisionLog: _d,
    workshop: _w,
    settings: _s,
    schemaVersion: _v,
    ...rest
  } = doc;
  return keepVersion ? { schemaVersion: 1, ...rest } : rest;
}
