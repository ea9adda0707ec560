import { CURRENT_SCHEMA_VERSION } from "../schema";

/**
 * Migrations between shipped schema versions. Each step takes a plain object of version N and
 * returns one of version N+1; they run before validation, so they must not assume the input is
 * valid. Every version ever shipped keeps a fixture in `fixtures/` that must still open.
 *
 * Files with no `schemaVersion` are treated as version 1 (early exports and hand-written files).
 */
type Migration = (input: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: fromVersion1,
  2: fromVersion2,
};

/**
 * Version 2 adds decisions (triage, mitigations, custom threats, assumptions, the decision log,
 * scoring settings) and the workshop record; their defaults fill in. Version 1 never defined a
 * `triage` key, so one found in a v1 file is not a decision anybody made in this app: it is kept,
 * under `legacyTriage`, and honoured nowhere.
 */
function fromVersion1(input: Record<string, unknown>): Record<string, unknown> {
  const { triage, ...rest } = input;
  return triage === undefined ? rest : { ...rest, legacyTriage: triage };
}

/**
 * Version 3 adds the answers to the model-level checklist (`checklist`, by item code); the
 * default fills in. Version 2 never defined that key, so one found in a v2 file (another tool's,
 * or a hand edit) is nobody's answer here: it is kept, under `legacyChecklist`, and honoured
 * nowhere, rather than refusing the file or reading it as answers.
 */
function fromVersion2(input: Record<string, unknown>): Record<string, unknown> {
  const { checklist, ...rest } = input;
  return checklist === undefined ? rest : { ...rest, legacyChecklist: checklist };
}

export type MigrationResult =
  { ok: true; value: Record<string, unknown>; fromVersion: number } | { ok: false; error: string };

export function migrateToCurrent(input: unknown): MigrationResult {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return { ok: false, error: "a threat model must be a JSON object" };
  }
  let value = input as Record<string, unknown>;
  const raw = value.schemaVersion ?? 1;
  if (typeof raw !== "number" || !Number.isInteger(raw) || raw < 1) {
    return { ok: false, error: `schemaVersion: ${describeValue(raw)} is not a schema version` };
  }
  if (raw > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      error: `schemaVersion: ${raw} is newer than this app understands (${CURRENT_SCHEMA_VERSION}); update ThreatCanvas to open it`,
    };
  }
  for (let version = raw; version < CURRENT_SCHEMA_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) return { ok: false, error: `no migration from schema version ${version}` };
    value = step(value);
  }
  return { ok: true, value: { ...value, schemaVersion: CURRENT_SCHEMA_VERSION }, fromVersion: raw };
}

/** A value for an error message; never throws (JSON.stringify does on a BigInt). */
function describeValue(value: unknown): string {
  if (typeof value === "bigint") return `${value.toString()} (a BigInt)`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
