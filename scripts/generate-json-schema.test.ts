import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createEmptyModel } from "../src/domain/document";
import { createLlmInferencePipelineSample } from "../src/domain/samples/llmInferencePipeline";
import { SCHEMA_PATH, generateJsonSchema, main, renderJsonSchema } from "./generate-json-schema";

type JsonSchema = boolean | { [keyword: string]: unknown };

/**
 * A deliberately small JSON Schema (2020-12) validator: enough to check documents structurally
 * against the generated schema without another dependency. It refuses to run on a schema that
 * uses a keyword it does not implement, so it can never pass by silently ignoring one.
 */
const APPLIED = new Set([
  "type",
  "const",
  "enum",
  "properties",
  "required",
  "additionalProperties",
  "propertyNames",
  "items",
  "minItems",
  "maxItems",
  "minLength",
  "maxLength",
  "pattern",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "anyOf",
  "oneOf",
  "allOf",
  "$ref",
  "$defs",
]);
const ANNOTATIONS = new Set(["$schema", "$id", "title", "description", "default", "format"]);

function unknownKeywords(schema: JsonSchema, path = "#"): string[] {
  if (typeof schema === "boolean") return [];
  const found: string[] = [];
  for (const [keyword, value] of Object.entries(schema)) {
    if (!APPLIED.has(keyword) && !ANNOTATIONS.has(keyword)) found.push(`${path}/${keyword}`);
    if (keyword === "properties" || keyword === "$defs") {
      for (const [name, sub] of Object.entries(value as Record<string, JsonSchema>)) {
        found.push(...unknownKeywords(sub, `${path}/${keyword}/${name}`));
      }
    } else if (keyword === "anyOf" || keyword === "oneOf" || keyword === "allOf") {
      (value as JsonSchema[]).forEach((sub, i) =>
        found.push(...unknownKeywords(sub, `${path}/${keyword}/${i}`)),
      );
    } else if (
      keyword === "items" ||
      keyword === "additionalProperties" ||
      keyword === "propertyNames"
    ) {
      found.push(...unknownKeywords(value as JsonSchema, `${path}/${keyword}`));
    }
  }
  return found;
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  if (type === "integer") return Number.isInteger(value);
  if (type === "number") return typeof value === "number" && Number.isFinite(value);
  return typeOf(value) === type;
}

function validate(schema: JsonSchema, value: unknown, root: JsonSchema, at = "$"): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${at}: not allowed`];
  const s = schema;
  const errors: string[] = [];
  if (typeof s.$ref === "string") {
    const match = /^#\/\$defs\/(.+)$/.exec(s.$ref);
    const defs = (root as { $defs?: Record<string, JsonSchema> }).$defs;
    const target = match && defs?.[match[1]!];
    if (target === undefined || target === null) return [`${at}: unresolved $ref ${s.$ref}`];
    errors.push(...validate(target, value, root, at));
  }
  if ("const" in s && JSON.stringify(s.const) !== JSON.stringify(value)) {
    errors.push(`${at}: must be ${JSON.stringify(s.const)}`);
  }
  if (Array.isArray(s.enum) && !s.enum.some((v) => JSON.stringify(v) === JSON.stringify(value))) {
    errors.push(`${at}: must be one of ${JSON.stringify(s.enum)}`);
  }
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
    if (!types.some((t) => hasType(value, t))) {
      return [...errors, `${at}: expected ${types.join("|")}, got ${typeOf(value)}`];
    }
  }
  if (Array.isArray(s.allOf)) {
    for (const sub of s.allOf as JsonSchema[]) errors.push(...validate(sub, value, root, at));
  }
  if (Array.isArray(s.anyOf)) {
    const results = (s.anyOf as JsonSchema[]).map((sub) => validate(sub, value, root, at));
    if (!results.some((r) => r.length === 0)) {
      errors.push(`${at}: matches none of anyOf (${results.map((r) => r[0]).join("; ")})`);
    }
  }
  if (Array.isArray(s.oneOf)) {
    const results = (s.oneOf as JsonSchema[]).map((sub) => validate(sub, value, root, at));
    const passing = results.filter((r) => r.length === 0).length;
    if (passing !== 1) {
      const why = passing === 0 ? ` (${results.map((r) => r.join("; ")).join(" | ")})` : "";
      errors.push(`${at}: matches ${passing} of oneOf${why}`);
    }
  }
  if (typeof value === "string") {
    if (typeof s.minLength === "number" && [...value].length < s.minLength) {
      errors.push(`${at}: shorter than ${s.minLength}`);
    }
    if (typeof s.maxLength === "number" && [...value].length > s.maxLength) {
      errors.push(`${at}: longer than ${s.maxLength}`);
    }
    if (typeof s.pattern === "string" && !new RegExp(s.pattern, "u").test(value)) {
      errors.push(`${at}: does not match ${s.pattern}`);
    }
  }
  if (typeof value === "number") {
    if (typeof s.minimum === "number" && value < s.minimum) errors.push(`${at}: < ${s.minimum}`);
    if (typeof s.maximum === "number" && value > s.maximum) errors.push(`${at}: > ${s.maximum}`);
    if (typeof s.exclusiveMinimum === "number" && value <= s.exclusiveMinimum) {
      errors.push(`${at}: <= ${s.exclusiveMinimum}`);
    }
    if (typeof s.exclusiveMaximum === "number" && value >= s.exclusiveMaximum) {
      errors.push(`${at}: >= ${s.exclusiveMaximum}`);
    }
  }
  if (Array.isArray(value)) {
    if (typeof s.minItems === "number" && value.length < s.minItems) {
      errors.push(`${at}: fewer than ${s.minItems} items`);
    }
    if (typeof s.maxItems === "number" && value.length > s.maxItems) {
      errors.push(`${at}: more than ${s.maxItems} items`);
    }
    if (s.items !== undefined) {
      value.forEach((item, i) =>
        errors.push(...validate(s.items as JsonSchema, item, root, `${at}[${i}]`)),
      );
    }
  }
  if (typeOf(value) === "object") {
    const object = value as Record<string, unknown>;
    const properties = (s.properties ?? {}) as Record<string, JsonSchema>;
    for (const key of (s.required ?? []) as string[]) {
      if (!(key in object)) errors.push(`${at}: missing required "${key}"`);
    }
    for (const [key, item] of Object.entries(object)) {
      if (s.propertyNames !== undefined) {
        errors.push(...validate(s.propertyNames as JsonSchema, key, root, `${at}[key ${key}]`));
      }
      const sub = properties[key];
      if (sub !== undefined) errors.push(...validate(sub, item, root, `${at}.${key}`));
      else if (s.additionalProperties !== undefined) {
        errors.push(...validate(s.additionalProperties as JsonSchema, item, root, `${at}.${key}`));
      }
    }
  }
  return errors;
}

const schema = generateJsonSchema();
const check = (value: unknown) => validate(schema, JSON.parse(JSON.stringify(value)), schema);
const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(
    readFileSync(
      fileURLToPath(new URL(`../src/domain/migrations/fixtures/${name}`, import.meta.url)),
      "utf8",
    ),
  ) as Record<string, unknown>;

describe("the committed JSON Schema", () => {
  it("is exactly what the generator produces now (run `npm run schema:json` if not)", () => {
    expect(existsSync(SCHEMA_PATH)).toBe(true);
    expect(readFileSync(SCHEMA_PATH, "utf8")).toBe(renderJsonSchema());
  });

  it("is JSON Schema 2020-12 with a title and description", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.title).toBe("ThreatCanvas threat model");
    expect(schema.description).toMatch(/do not edit by hand/);
    expect(schema.type).toBe("object");
  });

  it("uses only keywords the structural validator below understands", () => {
    expect(unknownKeywords(schema)).toEqual([]);
  });

  it("requires only fields without a default (io: input)", () => {
    expect(schema.required).toEqual([
      "schemaVersion",
      "id",
      "createdAt",
      "updatedAt",
      "elements",
      "flows",
    ]);
    const elements = (schema.properties as Record<string, { items: { oneOf: JsonSchema[] } }>)
      .elements!.items.oneOf as Array<{
      required: string[];
      properties: { type: { const: string } };
    }>;
    const required = Object.fromEntries(elements.map((e) => [e.properties.type.const, e.required]));
    expect(required).toEqual({
      process: ["id", "position", "type"],
      dataStore: ["id", "position", "type"],
      externalEntity: ["id", "position", "type"],
      trustBoundary: ["id", "position", "type", "size"],
    });
  });

  it("never closes an object: unknown keys are allowed everywhere", () => {
    const closed: string[] = [];
    const objects: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${path}/${i}`));
      if (typeOf(node) !== "object") return;
      const record = node as Record<string, unknown>;
      // A record (propertyNames) constrains its values, not which keys exist: not a closed object.
      if (record.type === "object" && record.propertyNames === undefined) {
        objects.push(path);
        const extra = record.additionalProperties;
        if (extra !== undefined && extra !== true && JSON.stringify(extra) !== "{}") {
          closed.push(path);
        }
      }
      for (const [key, value] of Object.entries(record)) walk(value, `${path}/${key}`);
    };
    walk(schema, "#");
    expect(objects.length).toBeGreaterThan(10);
    expect(closed).toEqual([]);
  });
});

describe("documents against the JSON Schema (structural check)", () => {
  it("the sample model validates, as the app writes it", () => {
    expect(check(createLlmInferencePipelineSample("sample"))).toEqual([]);
  });

  it("the v3 fixture validates, unknown keys, decisions and checklist answers included", () => {
    expect(check(fixture("v3-checklist-answers.json"))).toEqual([]);
  });

  it("v1 and v2 files are not current documents (they open through their migrations)", () => {
    expect(check(fixture("v1-llm-pipeline.json"))).toEqual(["$.schemaVersion: must be 3"]);
    expect(check(fixture("v2-triaged-pipeline.json"))).toEqual(["$.schemaVersion: must be 3"]);
  });

  it("an empty model and a minimal hand-written file validate", () => {
    expect(check(createEmptyModel())).toEqual([]);
    expect(
      check({
        schemaVersion: 3,
        id: "m",
        createdAt: "2026-01-01T00:00:00Z",
        updatedAt: "2026-01-01T00:00:00+02:00",
        elements: [
          {
            id: "z",
            type: "trustBoundary",
            position: { x: 0, y: 0 },
            size: { width: 100, height: 100 },
          },
          { id: "p", type: "process", position: { x: 1, y: 1 }, parentId: "z", extra: [1] },
          { id: "e", type: "externalEntity", position: { x: 300, y: 1 } },
        ],
        flows: [{ id: "f", source: "e", target: "p", vendor: { x: 1 } }],
        unknownTopLevel: true,
      }),
    ).toEqual([]);
  });

  it("the validator is not vacuous: structural mistakes are reported", () => {
    const sample = JSON.parse(JSON.stringify(createLlmInferencePipelineSample("s"))) as {
      id?: string;
      elements: Array<Record<string, unknown>>;
      flows: Array<Record<string, unknown>>;
    };
    const broken = structuredClone(sample);
    delete broken.id;
    broken.elements[0]!.props = { trustLevel: 101 };
    broken.elements[1]!.type = "actor";
    delete broken.elements[2]!.size;
    broken.elements[8]!.props = { internetExposed: "maybe" }; // api-gateway, a process
    broken.flows[0]!.bidirectional = "yes";
    const errors = check(broken);
    expect(errors).toEqual(
      expect.arrayContaining([
        '$: missing required "id"',
        expect.stringMatching(/^\$\.elements\[0\]: matches 0 of oneOf .*> 100/),
        expect.stringMatching(/^\$\.elements\[1\]: matches 0 of oneOf/),
        expect.stringMatching(/^\$\.elements\[2\]: matches 0 of oneOf .*missing required "size"/),
        expect.stringMatching(
          /^\$\.elements\[8\]: matches 0 of oneOf .*internetExposed: must be one of/,
        ),
        expect.stringMatching(/^\$\.flows\[0\]\.bidirectional: expected boolean/),
      ]),
    );
    expect(check({ ...sample, schemaVersion: 4 })).toEqual(["$.schemaVersion: must be 3"]);
    expect(check({ ...sample, triage: { x: { status: "done" } } })[0]).toMatch(
      /^\$\.triage\.x\.status: must be one of/,
    );
    expect(check({ ...sample, createdAt: "yesterday" })[0]).toMatch(
      /^\$\.createdAt: does not match/,
    );
  });
});

describe("documents against the JSON Schema (ajv, already a dev dependency for SARIF)", () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  const validateWithAjv = ajv.compile(schema);

  it("compiles in ajv's strict mode (a well-formed 2020-12 schema)", () => {
    expect(typeof validateWithAjv).toBe("function");
  });

  it("accepts the sample and the v3 fixture, and agrees with the structural check on errors", () => {
    expect(validateWithAjv(JSON.parse(JSON.stringify(createLlmInferencePipelineSample("s"))))).toBe(
      true,
    );
    expect(validateWithAjv(fixture("v3-checklist-answers.json"))).toBe(true);
    const { id: _id, ...noId } = fixture("v3-checklist-answers.json");
    expect(validateWithAjv(noId)).toBe(false);
    expect(check(noId)).not.toEqual([]);
  });
});

describe("the generator's command line", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "threatcanvas-schema-"));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("--check passes on the committed file", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    expect(main(["--check"])).toBe(0);
    log.mockRestore();
  });

  it("--check fails (exit 1) on a missing or stale file; writing fixes it", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const path = join(dir, "nested", "schema.json");
    expect(main(["--check"], path)).toBe(1);
    expect(error).toHaveBeenLastCalledWith(expect.stringContaining("is missing"));
    expect(main([], path)).toBe(0);
    expect(readFileSync(path, "utf8")).toBe(renderJsonSchema());
    expect(main(["--check"], path)).toBe(0);
    writeFileSync(path, renderJsonSchema().replace('"maxLength": 200', '"maxLength": 300'));
    expect(main(["--check"], path)).toBe(1);
    expect(error).toHaveBeenLastCalledWith(expect.stringContaining("is stale"));
    expect(main(["--frobnicate"], path)).toBe(2);
    error.mockRestore();
    log.mockRestore();
  });

  it("runs under tsx and exits 0 with --check", () => {
    const root = fileURLToPath(new URL("..", import.meta.url));
    const output = execFileSync(
      join(root, "node_modules", ".bin", "tsx"),
      ["scripts/generate-json-schema.ts", "--check"],
      { cwd: root, encoding: "utf8" },
    );
    expect(output).toContain("is up to date");
  }, 30_000);
});
