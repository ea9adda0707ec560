import type { MlAssetKind } from "../../../../domain/mlKinds";
import {
  CURRENT_SCHEMA_VERSION,
  ThreatModelSchema,
  type DataStoreProps,
  type ExternalEntityProps,
  type FlowProps,
  type ProcessProps,
  type ThreatModel,
  type ThreatModelInput,
  type ZoneKind,
} from "../../../../domain/schema";
import { evaluate } from "../../../evaluate";
import { plainFinding } from "../../../plainFinding";
import type { Finding } from "../../../types";
import { RuleSchema, type Rule } from "../../schema";
import { AI_RULES } from "./index";

/**
 * Tiny builders for hand-made threat models in the AI pack's tests. Elements are named after
 * their ids, so findings read "job" rather than "Unnamed process". Every property not given stays
 * at the schema default ("unknown"), exactly as a user who has not answered would leave it.
 */

type ElementInput = ThreatModelInput["elements"][number];
type FlowInput = ThreatModelInput["flows"][number];

interface Placement {
  /** The trust boundary holding the element. */
  in?: string;
}

const origin = { x: 0, y: 0 };

export function proc(
  id: string,
  mlKind: MlAssetKind | null,
  props: Partial<ProcessProps> = {},
  placement: Placement = {},
): ElementInput {
  return {
    id,
    type: "process",
    name: id,
    mlKind,
    props,
    position: origin,
    parentId: placement.in ?? null,
  };
}

export function store(
  id: string,
  mlKind: MlAssetKind | null,
  props: Partial<DataStoreProps> = {},
  placement: Placement = {},
): ElementInput {
  return {
    id,
    type: "dataStore",
    name: id,
    mlKind,
    props,
    position: origin,
    parentId: placement.in ?? null,
  };
}

export function entity(
  id: string,
  mlKind: MlAssetKind | null,
  props: Partial<ExternalEntityProps> = {},
  placement: Placement = {},
): ElementInput {
  return {
    id,
    type: "externalEntity",
    name: id,
    mlKind,
    props,
    position: origin,
    parentId: placement.in ?? null,
  };
}

export function zone(id: string, zoneKind: ZoneKind, trustLevel: number): ElementInput {
  return {
    id,
    type: "trustBoundary",
    name: id,
    position: origin,
    size: { width: 400, height: 400 },
    props: { zoneKind, trustLevel },
  };
}

export function flow(
  source: string,
  target: string,
  props: Partial<FlowProps> = {},
  options: { bidirectional?: boolean } = {},
): FlowInput {
  return {
    id: `flow:${source}->${target}`,
    source,
    target,
    props,
    bidirectional: options.bidirectional ?? false,
  };
}

/** A validated model from elements and flows. */
export function buildModel(elements: ElementInput[], flows: FlowInput[] = []): ThreatModel {
  const now = "2025-01-01T00:00:00.000Z";
  return ThreatModelSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: "test-model",
    createdAt: now,
    updatedAt: now,
    elements,
    flows,
  } satisfies ThreatModelInput);
}

/** The AI pack, validated once, as the engine runs it. */
export const AI_RULE_SET: readonly Rule[] = AI_RULES.map((rule) => RuleSchema.parse(rule));

/** What one rule contributes to an evaluation: a finding (its own or folded into another), or a question. */
export type RuleResult =
  | ({ kind: "finding" } & Pick<
      Finding,
      "id" | "title" | "description" | "mitigations" | "because"
    >)
  | { kind: "question"; id: string; text: string };

/** Findings and questions one AI rule produces on a model, evaluated by the real engine. */
export function resultsOf(model: ThreatModel, ruleId: string): RuleResult[] {
  const result = evaluate(model, { rules: AI_RULE_SET });
  const out: RuleResult[] = [];
  for (const f of result.findings) {
    if (f.ruleId === ruleId || f.folded.some((x) => x.ruleId === ruleId)) {
      out.push({ kind: "finding", ...plainFinding(f) });
    }
  }
  for (const q of result.questions) {
    if (q.dependents.some((d) => d.ruleId === ruleId))
      out.push({ kind: "question", id: q.id, text: q.text });
  }
  return out;
}

/** Shortcut for the most common exposure: anyone on the internet calling a component directly. */
export function internetUser(id = "user"): ElementInput {
  return entity(id, "end-user", {
    entityKind: "human",
    authenticated: "yes",
    audience: "anonymous",
  });
}

/** A process that is definitely internal: not exposed, nothing external upstream. */
export function internalCaller(id = "internal-app"): ElementInput {
  return proc(id, null, { internetExposed: "no", rateLimited: "no" });
}
