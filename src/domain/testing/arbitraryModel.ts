import fc from "fast-check";
import { MITIGATION_STATUSES, TRIAGE_STATUSES } from "../decisions";
import { ML_ASSET_KINDS, ML_KIND_ELEMENT_TYPE } from "../mlKinds";
import { CURRENT_SCHEMA_VERSION, ThreatModelSchema, ZONE_KINDS, type ThreatModel } from "../schema";

/**
 * fast-check arbitraries for valid documents: nested boundaries (parents before children), every
 * element type and ML kind, flows between nodes, every decision field, unknown keys, and text
 * from the whole of Unicode. The result is what the loader returns (defaults applied).
 */

const text = (maxLength: number) => fc.string({ unit: "grapheme", maxLength });
const tri = fc.constantFrom("yes", "no", "unknown");
// -0 is written "0" by JSON: the same number to everyone but Object.is, so it is left out.
const coordinate = fc
  .double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
  .filter((x) => !Object.is(x, -0));
const size = fc.record({
  width: fc.double({ min: 20, max: 20000, noNaN: true }),
  height: fc.double({ min: 20, max: 20000, noNaN: true }),
});
const isoDate = fc
  .date({
    min: new Date("2000-01-01T00:00:00Z"),
    max: new Date("2100-01-01T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());
const calendarDate = isoDate.map((d) => d.slice(0, 10));
const ticket = fc.constantFrom(
  "",
  "https://tickets.example.com/SEC-1",
  "http://jira.example/browse/X-2",
);
// What a JSON file can hold: fast-check's JSON values include -0, which a file cannot.
const extra = fc.option(
  fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown),
  { nil: undefined },
);
const score = fc.integer({ min: 1, max: 5 });
const findingKey = fc
  .string({ unit: "grapheme", minLength: 1, maxLength: 40 })
  .filter((key) => key !== "__proto__");

/** Unique ids; the model's own id is a fixed value none of them can take. */
const MODEL_ID = "model:arbitrary";
const ids = (count: number) =>
  fc.uniqueArray(
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 24 }).filter((id) => id !== MODEL_ID),
    { minLength: count, maxLength: count },
  );

function withExtra<T extends object>(value: T, x: unknown): T {
  return x === undefined ? value : { ...value, "x-extra": x };
}

const processProps = fc.record({
  internetExposed: tri,
  authenticatesCallers: tri,
  authorizesActions: tri,
  rateLimited: tri,
  validatesInput: tri,
  runsPrivileged: tri,
  executesInputCode: tri,
});
const storeProps = fc.record({
  encryptedAtRest: tri,
  integrityVerified: tri,
  storesCredentials: tri,
  storesLogs: tri,
  containsPersonalData: tri,
  classification: fc.constantFrom("unknown", "public", "internal", "confidential", "restricted"),
  retentionDays: fc.option(fc.integer({ min: 0, max: 36500 }), { nil: null }),
});
const entityProps = fc.record({
  entityKind: fc.constantFrom("human", "system", "unknown"),
  authenticated: tri,
});
const boundaryProps = fc.record({
  zoneKind: fc.constantFrom(...ZONE_KINDS),
  customZone: text(30),
  trustLevel: fc.integer({ min: 0, max: 100 }),
});

const NODE_TYPES = ["process", "dataStore", "externalEntity"] as const;
const kindsOf = (type: (typeof NODE_TYPES)[number]) =>
  ML_ASSET_KINDS.filter((kind) => ML_KIND_ELEMENT_TYPE[kind] === type);

const common = {
  name: text(80),
  description: text(200),
  technologies: fc.array(
    fc
      .string({ unit: "grapheme", minLength: 1, maxLength: 20 })
      .filter((t) => t.trim() === t && t !== ""),
    { maxLength: 3 },
  ),
  outOfScope: fc.boolean(),
  outOfScopeReason: text(40),
  position: fc.record({ x: coordinate, y: coordinate }),
};

export interface ArbitraryModelOptions {
  maxBoundaries?: number;
  maxNodes?: number;
  maxFlows?: number;
}

export function arbitraryModel(options: ArbitraryModelOptions = {}): fc.Arbitrary<ThreatModel> {
  const { maxBoundaries = 4, maxNodes = 8, maxFlows = 10 } = options;
  return fc
    .record({ boundaries: fc.nat(maxBoundaries), nodes: fc.nat(maxNodes) })
    .chain(({ boundaries, nodes }) =>
      ids(boundaries + nodes + maxFlows + 6).chain((all) => {
        const boundaryIds = all.slice(0, boundaries);
        const nodeIds = all.slice(boundaries, boundaries + nodes);
        const flowIds = all.slice(boundaries + nodes, boundaries + nodes + maxFlows);
        const recordIds = all.slice(boundaries + nodes + maxFlows);
        const parentFor = (earlier: string[]) =>
          earlier.length
            ? fc.option(fc.constantFrom(...earlier), { nil: null })
            : fc.constant(null);
        const boundaryArbs = boundaryIds.map((id, i) =>
          fc
            .record({
              ...common,
              parentId: parentFor(boundaryIds.slice(0, i)),
              size,
              props: boundaryProps,
              x: extra,
            })
            .map(({ x, ...b }) => withExtra({ ...b, id, type: "trustBoundary" as const }, x)),
        );
        const nodeArbs = nodeIds.map((id) =>
          fc.constantFrom(...NODE_TYPES).chain((type) =>
            fc
              .record({
                ...common,
                parentId: parentFor(boundaryIds),
                mlKind: fc.option(fc.constantFrom(...kindsOf(type)), { nil: null }),
                size: fc.option(size, { nil: undefined }),
                props:
                  type === "process"
                    ? processProps
                    : type === "dataStore"
                      ? storeProps
                      : entityProps,
                x: extra,
              })
              .map(({ x, size: s, ...n }) =>
                withExtra({ ...n, ...(s ? { size: s } : {}), id, type }, x),
              ),
          ),
        );
        const flowArb =
          nodeIds.length < 2
            ? fc.constant([])
            : fc
                .array(
                  fc.record({
                    ends: fc.uniqueArray(fc.constantFrom(...nodeIds), {
                      minLength: 2,
                      maxLength: 2,
                    }),
                    label: text(40),
                    description: text(60),
                    bidirectional: fc.boolean(),
                    outOfScope: fc.boolean(),
                    props: fc.record({
                      dataDescription: text(40),
                      protocol: text(20),
                      encryptedInTransit: tri,
                      authenticated: tri,
                      integrityVerified: tri,
                      carriesPersonalData: tri,
                      classification: fc.constantFrom("unknown", "internal", "restricted"),
                    }),
                  }),
                  { maxLength: flowIds.length },
                )
                .map((flows) =>
                  flows.map(({ ends, ...f }, i) => ({
                    ...f,
                    id: flowIds[i]!,
                    source: ends[0]!,
                    target: ends[1]!,
                  })),
                );
        return fc.record({
          elements: fc.tuple(...boundaryArbs, ...nodeArbs),
          flows: flowArb,
          decisions: decisionsArb(recordIds),
          name: text(80),
          description: text(300),
          owner: text(40),
          createdAt: isoDate,
          updatedAt: isoDate,
          viewport: fc.option(
            fc.record({
              x: coordinate,
              y: coordinate,
              zoom: fc.double({ min: 0.05, max: 4, noNaN: true }),
            }),
            { nil: null },
          ),
          x: extra,
        });
      }),
    )
    .map(({ decisions, x, ...rest }) =>
      ThreatModelSchema.parse(
        withExtra(
          { schemaVersion: CURRENT_SCHEMA_VERSION, id: MODEL_ID, ...rest, ...decisions },
          x,
        ),
      ),
    );
}

function decisionsArb(recordIds: string[]) {
  const [mitigationId = "m", threatId = "c", assumptionId = "a", logId = "l"] = recordIds;
  const dread = fc.record({
    damage: fc.integer({ min: 1, max: 10 }),
    reproducibility: fc.integer({ min: 1, max: 10 }),
    exploitability: fc.integer({ min: 1, max: 10 }),
    affectedUsers: fc.integer({ min: 1, max: 10 }),
    discoverability: fc.integer({ min: 1, max: 10 }),
    modelImpact: fc.double({ min: 1, max: 2, noNaN: true }),
    dataSensitivity: fc.double({ min: 1, max: 2, noNaN: true }),
    detectionDifficulty: fc.double({ min: 1, max: 2, noNaN: true }),
  });
  return fc.record({
    settings: fc.record({ scoring: fc.constantFrom("likelihoodImpact", "dread") }),
    triage: fc.dictionary(
      findingKey,
      fc.record({
        status: fc.constantFrom(...TRIAGE_STATUSES),
        justification: text(120),
        owner: text(30),
        ticket,
        reviewBy: fc.option(calendarDate, { nil: null }),
        likelihood: fc.option(score, { nil: null }),
        impact: fc.option(score, { nil: null }),
        dread: fc.option(dread, { nil: null }),
        residual: fc.option(fc.record({ likelihood: score, impact: score }), { nil: null }),
        title: text(60),
        updatedAt: fc.option(isoDate, { nil: null }),
      }),
      { maxKeys: 4, noNullPrototype: true },
    ),
    mitigations: fc
      .option(
        fc.record({
          title: fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }),
          status: fc.constantFrom(...MITIGATION_STATUSES),
          owner: text(30),
          ticket,
          findingIds: fc.array(findingKey, { maxLength: 3 }),
        }),
        { nil: null },
      )
      .map((m) => (m ? [{ ...m, id: mitigationId }] : [])),
    customThreats: fc
      .option(
        fc.record({
          title: fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }),
          description: text(80),
          categories: fc.record({
            stride: fc.subarray(["S", "T", "R", "I", "D", "E"] as const),
            linddun: fc.subarray(["L", "I", "Nr", "D", "DD", "U", "Nc"] as const),
          }),
          references: fc.subarray(["AML.T0010", "LLM01:2025", "ASI06:2026"]),
          likelihood: score,
          impact: score,
        }),
        { nil: null },
      )
      .map((t) => (t ? [{ ...t, id: threatId }] : [])),
    assumptions: fc
      .option(
        fc.record({
          text: fc.string({ unit: "grapheme", minLength: 1, maxLength: 80 }),
          valid: fc.boolean(),
        }),
        { nil: null },
      )
      .map((a) => (a ? [{ ...a, id: assumptionId }] : [])),
    decisionLog: fc
      .option(
        fc.record({
          at: isoDate,
          findingId: findingKey,
          from: fc.constantFrom(...TRIAGE_STATUSES),
          to: fc.constantFrom(...TRIAGE_STATUSES),
          justification: text(60),
          by: text(20),
        }),
        { nil: null },
      )
      .map((l) => (l ? [{ ...l, id: logId }] : [])),
    workshop: fc.record({
      attendees: fc.array(
        fc.record({
          name: fc.string({ unit: "grapheme", minLength: 1, maxLength: 20 }),
          role: text(20),
        }),
        { maxLength: 2 },
      ),
      notes: text(80),
    }),
  });
}
