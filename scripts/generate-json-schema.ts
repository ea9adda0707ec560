/**
 * Publishes the document schema as JSON Schema (draft 2020-12), generated from the zod schema
 * that is the single source of truth:
 *
 *   npm run schema:json            write public/schema/threatcanvas-model.schema.json
 *   npm run schema:json -- --check exit 1 if the committed file is stale
 *
 * Notes on the output:
 * - `io: "input"`: the schema describes what a file may contain, so fields with a default are
 *   optional (the app fills them in on import).
 * - Objects keep `additionalProperties` open: the app keeps keys it does not know, so files from
 *   other tools or newer versions are valid.
 * - Cross-reference rules (unique ids, flows between existing non-boundary elements, parents that
 *   are boundaries, no parent cycles) live in a zod `superRefine` and cannot be expressed in
 *   JSON Schema; `z.toJSONSchema` leaves refinements out, so they are described in prose.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { z } from "zod";
import { CURRENT_SCHEMA_VERSION, ThreatModelSchema } from "../src/domain/schema";

export const SCHEMA_PATH = fileURLToPath(
  new URL("../public/schema/threatcanvas-model.schema.json", import.meta.url),
);

const DESCRIPTION = [
  `A ThreatCanvas threat model (schemaVersion ${CURRENT_SCHEMA_VERSION}): a data flow diagram of an AI/ML system.`,
  "Generated from the zod schema in src/domain/schema.ts by `npm run schema:json`; do not edit by hand.",
  "Unknown keys are allowed everywhere and are kept by the app.",
  "Not expressible here and checked by the app: ids are unique across elements and flows;",
  "a flow's source and target are different existing elements that are not trust boundaries;",
  "an element's parentId names a trust boundary; boundaries do not contain each other in a cycle.",
  "Positions are relative to the parent boundary (absolute when parentId is null).",
].join(" ");

/** The JSON Schema object, with a title and description in front of zod's output. */
export function generateJsonSchema(): Record<string, unknown> {
  const { $schema, ...body } = z.toJSONSchema(ThreatModelSchema, {
    io: "input",
    target: "draft-2020-12",
    unrepresentable: "throw",
  }) as Record<string, unknown>;
  return { $schema, title: "ThreatCanvas threat model", description: DESCRIPTION, ...body };
}

/** The exact text of the published file. */
export function renderJsonSchema(): string {
  return `${JSON.stringify(generateJsonSchema(), null, 2)}\n`;
}

function readCommitted(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}

/** Run the generator; returns the process exit code. `path` is for tests. */
export function main(argv: readonly string[], path: string = SCHEMA_PATH): number {
  const unknown = argv.filter((arg) => arg !== "--check");
  if (unknown.length > 0) {
    console.error(
      `Unknown argument(s): ${unknown.join(" ")}\nUsage: generate-json-schema [--check]`,
    );
    return 2;
  }
  const display = relative(process.cwd(), path);
  const expected = renderJsonSchema();
  if (argv.includes("--check")) {
    const committed = readCommitted(path);
    if (committed === expected) {
      console.log(`${display} is up to date.`);
      return 0;
    }
    console.error(
      committed === null
        ? `${display} is missing. Run \`npm run schema:json\` and commit the result.`
        : `${display} is stale: it differs from what src/domain/schema.ts generates. Run \`npm run schema:json\` and commit the result.`,
    );
    return 1;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, expected);
  console.log(`Wrote ${display}.`);
  return 0;
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) process.exitCode = main(process.argv.slice(2));
