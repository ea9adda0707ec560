import { describe, expect, it } from "vitest";
import {
  CURRENT_SCHEMA_VERSION,
  ElementSchema,
  FlowSchema,
  ThreatModelSchema,
  type ThreatModel,
  type ThreatModelInput,
} from "./schema";
import { formatIssues, formatPath } from "./validation";

type ElementInput = ThreatModelInput["elements"][number];
type FlowInput = ThreatModelInput["flows"][number];

const T = "2024-05-01T12:00:00.000Z";

function input(
  elements: ElementInput[],
  flows: FlowInput[] = [],
  extra: Record<string, unknown> = {},
): ThreatModelInput {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: "model-1",
    createdAt: T,
    updatedAt: T,
    elements,
    flows,
    ...extra,
  };
}

/** Parse and return the readable error lines (empty when valid). */
function errorsOf(value: unknown): string[] {
  const result = ThreatModelSchema.safeParse(value);
  return result.success ? [] : formatIssues(result.error, 50);
}

function parse(value: unknown): ThreatModel {
  const result = ThreatModelSchema.safeParse(value);
  if (!result.success) throw new Error(formatIssues(result.error).join("\n"));
  return result.data;
}

const proc = (id: string, parentId: string | null = null): ElementInput => ({
  id,
  type: "process",
  position: { x: 10, y: 10 },
  parentId,
});
const store = (id: string, parentId: string | null = null): ElementInput => ({
  id,
  type: "dataStore",
  position: { x: 10, y: 10 },
  parentId,
});
const zone = (id: string, parentId: string | null = null): ElementInput => ({
  id,
  type: "trustBoundary",
  position: { x: 0, y: 0 },
  size: { width: 400, height: 300 },
  parentId,
});
const flow = (id: string, source: string, target: string): FlowInput => ({ id, source, target });

describe("ThreatModelSchema defaults", () => {
  it("fills every default of a minimal document", () => {
    const doc = parse(input([]));
    expect(doc).toEqual({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      id: "model-1",
      name: "Untitled model",
      description: "",
      owner: "",
      createdAt: T,
      updatedAt: T,
      elements: [],
      flows: [],
      viewport: null,
      settings: { scoring: "likelihoodImpact" },
      triage: {},
      mitigations: [],
      customThreats: [],
      assumptions: [],
      decisionLog: [],
      workshop: {
        attendees: [],
        notes: "",
        walked: [],
        promptAnswers: {},
        agenda: [
          { id: "review", minutes: 30 },
          { id: "walk", minutes: 105 },
          { id: "score", minutes: 30 },
          { id: "mitigations", minutes: 30 },
        ],
      },
      checklist: {},
    });
  });

  it("fills element defaults, with every protection property 'unknown'", () => {
    const doc = parse(
      input([
        proc("p"),
        store("s"),
        { id: "e", type: "externalEntity", position: { x: 0, y: 0 } },
        zone("z"),
      ]),
    );
    const [p, s, e, z] = doc.elements;
    expect(p).toEqual({
      id: "p",
      type: "process",
      name: "",
      description: "",
      technologies: [],
      outOfScope: false,
      outOfScopeReason: "",
      position: { x: 10, y: 10 },
      parentId: null,
      mlKind: null,
      props: {
        internetExposed: "unknown",
        authenticatesCallers: "unknown",
        authorizesActions: "unknown",
        rateLimited: "unknown",
        validatesInput: "unknown",
        runsPrivileged: "unknown",
        executesInputCode: "unknown",
      },
    });
    expect(p).not.toHaveProperty("size");
    expect(s?.props).toEqual({
      encryptedAtRest: "unknown",
      integrityVerified: "unknown",
      storesCredentials: "unknown",
      storesLogs: "unknown",
      containsPersonalData: "unknown",
      classification: "unknown",
      retentionDays: null,
    });
    expect(e?.props).toEqual({
      entityKind: "unknown",
      authenticated: "unknown",
      audience: "unknown",
    });
    expect(z?.props).toEqual({
      zoneKind: "custom",
      customZone: "",
      trustLevel: 50,
      audience: "unknown",
    });
    expect(z).not.toHaveProperty("mlKind");
  });

  it("fills the defaults of a props object given only in part", () => {
    const doc = parse(
      input([{ id: "p", type: "process", position: { x: 0, y: 0 }, props: { rateLimited: "no" } }]),
    );
    expect(doc.elements[0]?.props).toMatchObject({ rateLimited: "no", internetExposed: "unknown" });
  });

  it("fills flow defaults", () => {
    const doc = parse(input([proc("a"), proc("b")], [flow("f", "a", "b")]));
    expect(doc.flows[0]).toEqual({
      id: "f",
      source: "a",
      target: "b",
      sourceHandle: null,
      targetHandle: null,
      label: "",
      description: "",
      technologies: [],
      bidirectional: false,
      outOfScope: false,
      outOfScopeReason: "",
      props: {
        dataDescription: "",
        protocol: "",
        encryptedInTransit: "unknown",
        authenticated: "unknown",
        integrityVerified: "unknown",
        carriesPersonalData: "unknown",
        classification: "unknown",
        initiatedBy: "unknown",
        overPublicNetwork: "unknown",
      },
    });
  });

  it("keeps explicit 'yes' and 'no' apart from 'unknown'", () => {
    const doc = parse(
      input([
        {
          id: "p",
          type: "process",
          position: { x: 0, y: 0 },
          props: { internetExposed: "yes", runsPrivileged: "no" },
        },
      ]),
    );
    expect(doc.elements[0]?.props).toMatchObject({
      internetExposed: "yes",
      runsPrivileged: "no",
      validatesInput: "unknown",
    });
  });

  it("trims technology tags", () => {
    const doc = parse(
      input([{ id: "p", type: "process", position: { x: 0, y: 0 }, technologies: [" vLLM "] }]),
    );
    expect(doc.elements[0]?.technologies).toEqual(["vLLM"]);
  });
});

describe("ThreatModelSchema keeps unknown keys", () => {
  it("at every level: document, element, position, size, props, flow, flow props, viewport", () => {
    const doc = parse(
      input(
        [
          {
            id: "z",
            type: "trustBoundary",
            position: { x: 0, y: 0, zIndex: 3 },
            size: { width: 400, height: 300, unit: "px" },
            props: { zoneKind: "dmz", otmTrustRating: 42 },
            fromOtherTool: { a: 1 },
          } as ElementInput,
          {
            id: "p",
            type: "process",
            position: { x: 1, y: 2 },
            parentId: "z",
            props: { gpuCount: 8 },
            "x-vendor": ["kept"],
          } as ElementInput,
          proc("q"),
        ],
        [
          {
            id: "f",
            source: "p",
            target: "q",
            props: { qos: "gold" },
            style: { stroke: "red" },
          } as FlowInput,
        ],
        { viewport: { x: 1, y: 2, zoom: 1.5, fitted: true }, futureField: { nested: [1, 2] } },
      ),
    );
    expect(doc).toHaveProperty("futureField", { nested: [1, 2] });
    expect(doc.viewport).toHaveProperty("fitted", true);
    const [z, p] = doc.elements;
    expect(z).toHaveProperty("fromOtherTool", { a: 1 });
    expect(z?.position).toHaveProperty("zIndex", 3);
    expect(z?.size).toHaveProperty("unit", "px");
    expect(z?.props).toHaveProperty("otmTrustRating", 42);
    expect(p).toHaveProperty("x-vendor", ["kept"]);
    expect(p?.props).toHaveProperty("gpuCount", 8);
    expect(doc.flows[0]).toHaveProperty("style", { stroke: "red" });
    expect(doc.flows[0]?.props).toHaveProperty("qos", "gold");
  });

  it("survives a JSON round trip unchanged", () => {
    const doc = parse(
      input([{ ...proc("p"), extra: 1 } as ElementInput], [], { futureField: "x" }),
    );
    expect(parse(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
  });
});

describe("ThreatModelSchema rejects invalid values, naming the field", () => {
  it.each([
    [
      "a tri-state that is not yes/no/unknown",
      { props: { internetExposed: "maybe" } },
      /^elements\[0\]\.props\.internetExposed: /,
    ],
    ["an unknown mlKind", { mlKind: "toaster" }, /^elements\[0\]\.mlKind: /],
    ["an empty id", { id: "" }, /^elements\[0\]\.id: must not be empty$/],
    ["a non-numeric position", { position: { x: 0, y: "1" } }, /^elements\[0\]\.position\.y: /],
    ["an infinite position", { position: { x: Infinity, y: 0 } }, /^elements\[0\]\.position\.x: /],
    ["an empty technology tag", { technologies: ["  "] }, /^elements\[0\]\.technologies\[0\]: /],
    ["a name over 200 characters", { name: "n".repeat(201) }, /^elements\[0\]\.name: is longer/],
    ["a size under 20", { size: { width: 10, height: 50 } }, /^elements\[0\]\.size\.width: /],
  ])("%s", (_label, patch, expected) => {
    const errors = errorsOf(input([{ ...proc("p"), ...patch } as ElementInput, proc("other")]));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((line) => expected.test(line))).toBe(true);
  });

  it.each([
    [-1, "cannot be negative"],
    [2.5, "must be a whole number of days"],
    [36501, "must be at most 100 years (36,500 days)"],
    ["30", "expected number"],
  ])("retentionDays %j", (retentionDays, message) => {
    const errors = errorsOf(
      input([{ ...store("s"), props: { retentionDays } } as unknown as ElementInput]),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^elements\[0\]\.props\.retentionDays: /);
    expect(errors[0]).toContain(message);
  });

  it.each([
    [101, "must be between 0 and 100"],
    [-1, "must be between 0 and 100"],
    [50.5, "must be a whole number"],
  ])("trustLevel %j", (trustLevel, message) => {
    const errors = errorsOf(input([{ ...zone("z"), props: { trustLevel } } as ElementInput]));
    expect(errors).toEqual([`elements[0].props.trustLevel: ${message}`]);
  });

  it("an unknown element type", () => {
    const errors = errorsOf(
      input([{ id: "x", type: "actor", position: { x: 0, y: 0 } } as unknown as ElementInput]),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^elements\[0\]\.type: /);
  });

  it("a boundary without a size", () => {
    const { size: _size, ...noSize } = zone("z") as ElementInput & { size: unknown };
    expect(errorsOf(input([noSize as ElementInput]))[0]).toMatch(/^elements\[0\]\.size: /);
  });

  it("flow props, dates, the schema version and the viewport", () => {
    expect(
      errorsOf(
        input(
          [proc("a"), proc("b")],
          [
            {
              ...flow("f", "a", "b"),
              props: { encryptedInTransit: "sometimes" },
            } as unknown as FlowInput,
          ],
        ),
      )[0],
    ).toMatch(/^flows\[0\]\.props\.encryptedInTransit: /);
    expect(errorsOf({ ...input([]), createdAt: "yesterday" })[0]).toMatch(/^createdAt: /);
    expect(errorsOf({ ...input([]), createdAt: "2024-05-01T12:00:00" })[0]).toMatch(/^createdAt: /);
    expect(errorsOf({ ...input([]), schemaVersion: 4 })[0]).toMatch(/^schemaVersion: /);
    expect(errorsOf({ ...input([]), viewport: { x: 0, y: 0, zoom: 0 } })[0]).toMatch(
      /^viewport\.zoom: /,
    );
  });

  it("a missing elements array", () => {
    const { elements: _elements, ...rest } = input([]);
    const errors = errorsOf(rest);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^elements: .*expected array/);
  });

  it("accepts a date-time with an offset", () => {
    expect(errorsOf({ ...input([]), createdAt: "2024-05-01T14:00:00+02:00" })).toEqual([]);
  });
});

describe("ThreatModelSchema cross-references", () => {
  it("rejects duplicate element ids", () => {
    expect(errorsOf(input([proc("a"), proc("a")]))).toEqual(['elements[1].id: duplicate id "a"']);
  });

  it("rejects duplicate flow ids and a flow sharing an element's id", () => {
    expect(
      errorsOf(input([proc("a"), proc("b")], [flow("f", "a", "b"), flow("f", "b", "a")])),
    ).toEqual(['flows[1].id: duplicate id "f"']);
    expect(errorsOf(input([proc("a"), proc("b")], [flow("a", "a", "b")]))).toEqual([
      'flows[0].id: duplicate id "a"',
    ]);
  });

  it("rejects flows to missing elements", () => {
    expect(errorsOf(input([proc("a")], [flow("f", "a", "ghost")]))).toEqual([
      'flows[0].target: refers to "ghost", which is not an element of this model',
    ]);
    expect(errorsOf(input([proc("a")], [flow("f", "ghost", "a")]))).toEqual([
      'flows[0].source: refers to "ghost", which is not an element of this model',
    ]);
  });

  it("rejects flows to or from a trust boundary", () => {
    const errors = errorsOf(input([zone("z"), proc("a")], [flow("f", "z", "a")]));
    expect(errors).toEqual([
      'flows[0].source: "z" is a trust boundary; flows connect processes, data stores and external entities',
    ]);
    expect(errorsOf(input([zone("z"), proc("a")], [flow("f", "a", "z")]))[0]).toMatch(
      /^flows\[0\]\.target: "z" is a trust boundary/,
    );
  });

  it("rejects a flow from an element to itself", () => {
    expect(errorsOf(input([proc("a")], [flow("f", "a", "a")]))).toEqual([
      "flows[0].target: a flow cannot go from an element to itself",
    ]);
  });

  it("requires the parent to exist and be a trust boundary", () => {
    expect(errorsOf(input([proc("a", "ghost")]))).toEqual([
      'elements[0].parentId: refers to "ghost", which is not an element of this model',
    ]);
    expect(errorsOf(input([proc("a"), store("b", "a")]))).toEqual([
      'elements[1].parentId: "a" is not a trust boundary',
    ]);
  });

  it("rejects parent cycles of any length, including a boundary inside itself", () => {
    expect(errorsOf(input([zone("z", "z")]))).toEqual([
      "elements[0].parentId: boundaries contain each other in a cycle",
    ]);
    expect(errorsOf(input([zone("a", "b"), zone("b", "a")]))).toEqual([
      "elements[0].parentId: boundaries contain each other in a cycle",
      "elements[1].parentId: boundaries contain each other in a cycle",
    ]);
    const three = errorsOf(input([zone("a", "c"), zone("b", "a"), zone("c", "b"), proc("p", "a")]));
    expect(three).toHaveLength(4);
    expect(three.every((line) => line.endsWith("boundaries contain each other in a cycle"))).toBe(
      true,
    );
  });

  it("accepts deep nesting without a cycle", () => {
    expect(
      errorsOf(input([zone("a"), zone("b", "a"), zone("c", "b"), proc("p", "c"), proc("q", "a")])),
    ).toEqual([]);
  });

  it("accepts any non-empty string id up to 200 characters", () => {
    const ids = [
      "1",
      "Process 1 / with spaces",
      "élément-ü-漢字-🚀",
      "constructor",
      "toString",
      "__proto__",
      "a".repeat(200),
      "urn:uuid:8c2a0a2c-7d0f-4b49-9a7e-3d1d5c0e9f11",
    ];
    const doc = parse(
      input(
        [zone("zone id with spaces"), ...ids.map((id) => proc(id, "zone id with spaces"))],
        [flow("0", ids[0]!, ids[1]!), flow("flow:2", "__proto__", "constructor")],
      ),
    );
    expect(doc.elements.map((e) => e.id)).toEqual(["zone id with spaces", ...ids]);
    expect(errorsOf(input([proc("a".repeat(201))]))[0]).toBe(
      "elements[0].id: is longer than 200 characters",
    );
  });
});

describe("ElementSchema and FlowSchema on their own", () => {
  it("parse a single element or flow with defaults", () => {
    expect(ElementSchema.parse(proc("p")).name).toBe("");
    expect(FlowSchema.parse(flow("f", "a", "b")).bidirectional).toBe(false);
  });
});

describe("formatIssues / formatPath", () => {
  it("formats paths with dots and brackets", () => {
    expect(formatPath([])).toBe("");
    expect(formatPath(["elements", 3, "props", "trustLevel"])).toBe("elements[3].props.trustLevel");
    expect(formatPath([0, "id"])).toBe("[0].id");
  });

  it("caps the number of lines and says how many were left out", () => {
    const many = Array.from({ length: 12 }, (_, i) => proc(`p${i}`, "ghost"));
    const result = ThreatModelSchema.safeParse(input(many));
    expect(result.success).toBe(false);
    if (result.success) return;
    const lines = formatIssues(result.error);
    expect(lines).toHaveLength(9);
    expect(lines[8]).toBe("… and 4 more problems");
    expect(formatIssues(result.error, 3)).toHaveLength(4);
  });

  it("prints a message without a path for root issues", () => {
    const result = ThreatModelSchema.safeParse("nope");
    expect(result.success).toBe(false);
    if (!result.success) expect(formatIssues(result.error)[0]).toMatch(/^Invalid input/);
  });
});

describe("explicit boundary crossings on flows", () => {
  const crossing = (ids: string[]): FlowInput => ({
    ...flow("f", "a", "b"),
    crossesBoundaryIds: ids,
  });

  it("are optional, and kept when they name boundaries of the model", () => {
    expect(
      parse(input([proc("a"), proc("b")], [flow("f", "a", "b")])).flows[0]!.crossesBoundaryIds,
    ).toBeUndefined();
    expect(
      parse(input([zone("z"), proc("a"), proc("b")], [crossing(["z"])])).flows[0]!
        .crossesBoundaryIds,
    ).toEqual(["z"]);
  });

  it("must name trust boundaries of this model, each once", () => {
    expect(
      errorsOf(input([zone("z"), proc("a"), proc("b")], [crossing(["ghost", "a", "z", "z"])])),
    ).toEqual([
      'flows[0].crossesBoundaryIds[0]: refers to "ghost", which is not an element of this model',
      'flows[0].crossesBoundaryIds[1]: "a" is not a trust boundary',
      'flows[0].crossesBoundaryIds[3]: "z" is listed twice',
    ]);
  });
});
