import { describe, expect, it } from "vitest";
import { createEmptyModel, nowIso, parseThreatModel, parseThreatModelJson } from "./document";
import { createLlmInferencePipelineSample } from "./samples/llmInferencePipeline";
import { CURRENT_SCHEMA_VERSION, ThreatModelSchema } from "./schema";

describe("createEmptyModel", () => {
  it("creates a valid, empty, current-version model", () => {
    const doc = createEmptyModel();
    expect(ThreatModelSchema.safeParse(doc).success).toBe(true);
    expect(doc).toMatchObject({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      name: "Untitled model",
      description: "",
      owner: "",
      elements: [],
      flows: [],
      viewport: null,
    });
    expect(doc.id).toMatch(/^model_/);
    expect(doc.createdAt).toBe(doc.updatedAt);
  });

  it("takes name, description, owner and id", () => {
    const doc = createEmptyModel({ name: "RAG bot", description: "d", owner: "me", id: "x 1" });
    expect(doc).toMatchObject({ name: "RAG bot", description: "d", owner: "me", id: "x 1" });
  });

  it("gives each model a fresh id", () => {
    expect(createEmptyModel().id).not.toBe(createEmptyModel().id);
  });

  it("nowIso is an ISO date-time", () => {
    expect(nowIso()).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });
});

describe("parseThreatModelJson", () => {
  it("opens a model written by JSON.stringify", () => {
    const doc = createLlmInferencePipelineSample("m1");
    const result = parseThreatModelJson(JSON.stringify(doc));
    expect(result).toEqual({ ok: true, value: doc, kindChanges: [] });
  });

  it.each(["", "{", "not json", "{'single': 'quotes'}", '{"a": 1,}'])(
    "refuses malformed JSON %j without throwing",
    (text) => {
      const result = parseThreatModelJson(text);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.errors).toHaveLength(1);
        expect(result.errors[0]).toMatch(/^not valid JSON: /);
      }
    },
  );

  it.each(["null", "42", '"a string"', "[]", "true"])("refuses non-object JSON %s", (text) => {
    expect(parseThreatModelJson(text)).toEqual({
      ok: false,
      errors: ["a threat model must be a JSON object"],
    });
  });

  it("refuses a newer schemaVersion with a clear message", () => {
    const doc = { ...createEmptyModel(), schemaVersion: 4 };
    const result = parseThreatModelJson(JSON.stringify(doc));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual([
        "schemaVersion: 4 is newer than this app understands (3); update ThreatCanvas to open it",
      ]);
    }
  });

  it("reports each invalid field on its own line", () => {
    const doc = createLlmInferencePipelineSample("m1");
    const broken = JSON.parse(JSON.stringify(doc)) as {
      elements: Array<Record<string, unknown>>;
      flows: Array<Record<string, unknown>>;
    };
    broken.elements[0]!.props = { trustLevel: 101 };
    broken.flows[0]!.target = "nowhere";
    const result = parseThreatModelJson(JSON.stringify(broken));
    expect(result).toEqual({
      ok: false,
      errors: [
        "elements[0].props.trustLevel: must be between 0 and 100",
        'flows[0].target: refers to "nowhere", which is not an element of this model',
      ],
    });
  });

  it("refuses a JSON object that is not a model", () => {
    const result = parseThreatModelJson('{"hello": "world"}');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^id: /),
          expect.stringMatching(/^elements: /),
          expect.stringMatching(/^flows: /),
        ]),
      );
    }
  });
});

describe("parseThreatModel", () => {
  it("does not mutate the object it is given", () => {
    const raw = {
      id: "m",
      createdAt: "2026-01-01T00:00:00Z",
      updatedAt: "2026-01-01T00:00:00Z",
      elements: [{ id: "p", type: "process", position: { x: 0, y: 0 } }],
      flows: [],
    };
    const copy = structuredClone(raw);
    expect(parseThreatModel(raw).ok).toBe(true);
    expect(raw).toEqual(copy);
  });
});

describe("parseThreatModel fits ML kinds to their element types", () => {
  /** A file as an older version may have written it: kinds chosen from another type's list. */
  const stored = (schemaVersion?: number) => ({
    ...(schemaVersion === undefined ? {} : { schemaVersion }),
    id: "m",
    createdAt: "2026-01-01T00:00:00Z",
    updatedAt: "2026-01-01T00:00:00Z",
    elements: [
      { id: "ai", type: "externalEntity", name: "OpenAI", mlKind: "llm", position: { x: 0, y: 0 } },
      {
        id: "logs",
        type: "dataStore",
        name: "Metrics",
        mlKind: "monitoring",
        position: { x: 9, y: 0 },
      },
      { id: "bot", type: "process", name: "Bot", mlKind: "agent", position: { x: 0, y: 9 } },
    ],
    flows: [{ id: "f", source: "ai", target: "bot" }],
  });

  it.each([
    ["a v1 file", undefined],
    ["a v2 document", 2],
  ])("opens %s with each misfit fitted and reported, the rest untouched", (_label, version) => {
    const result = parseThreatModel(stored(version));
    if (!result.ok) throw new Error(result.errors.join("\n"));
    const kinds = result.value.elements.map((e) => (e.type === "trustBoundary" ? null : e.mlKind));
    expect(kinds).toEqual(["third-party-ai-api", null, "agent"]);
    expect(result.kindChanges).toEqual([
      {
        elementId: "ai",
        elementName: "OpenAI",
        elementType: "externalEntity",
        from: "llm",
        to: "third-party-ai-api",
      },
      {
        elementId: "logs",
        elementName: "Metrics",
        elementType: "dataStore",
        from: "monitoring",
        to: null,
      },
    ]);
    expect(result.value.flows).toHaveLength(1);
    expect(result.value.elements.map((e) => e.name)).toEqual(["OpenAI", "Metrics", "Bot"]);
  });

  it("gives a document without misfits exactly what the schema gives", () => {
    const doc = createLlmInferencePipelineSample("m1");
    const result = parseThreatModel(JSON.parse(JSON.stringify(doc)));
    expect(result).toEqual({ ok: true, value: ThreatModelSchema.parse(doc), kindChanges: [] });
  });
});

describe("parseThreatModel puts parents before their children", () => {
  it("reorders a file that lists members before their boundary, keeping the rest in order", () => {
    const result = parseThreatModel({
      id: "m",
      createdAt: "2026-01-01T00:00:00Z",
      updatedAt: "2026-01-01T00:00:00Z",
      elements: [
        { id: "a", type: "process", position: { x: 5, y: 5 }, parentId: "inner" },
        { id: "top", type: "process", position: { x: 900, y: 0 } },
        {
          id: "inner",
          type: "trustBoundary",
          position: { x: 10, y: 10 },
          size: { width: 200, height: 200 },
          parentId: "outer",
        },
        {
          id: "outer",
          type: "trustBoundary",
          position: { x: 0, y: 0 },
          size: { width: 400, height: 400 },
        },
      ],
      flows: [],
    });
    expect(result.ok && result.value.elements.map((e) => e.id)).toEqual([
      "top",
      "outer",
      "inner",
      "a",
    ]);
  });
});

describe("LLM inference pipeline sample", () => {
  it("is a valid model with nested membership and a boundary-crossing flow set", () => {
    const doc = createLlmInferencePipelineSample("sample");
    expect(ThreatModelSchema.safeParse(doc).success).toBe(true);
    expect(doc.id).toBe("sample");
    expect(doc.elements.filter((e) => e.type === "trustBoundary")).toHaveLength(6);
    expect(doc.flows.length).toBeGreaterThan(0);
    // Parents come before their children, as React Flow requires.
    const position = new Map(doc.elements.map((e, i) => [e.id, i]));
    for (const [i, e] of doc.elements.entries()) {
      if (e.parentId !== null) expect(position.get(e.parentId)).toBeLessThan(i);
    }
  });

  it("returns a fresh document each time", () => {
    const a = createLlmInferencePipelineSample("s");
    const b = createLlmInferencePipelineSample("s");
    expect(a).not.toBe(b);
    expect(a.elements[0]).not.toBe(b.elements[0]);
  });
});
