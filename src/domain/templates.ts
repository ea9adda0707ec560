import { nowIso } from "./document";
import { newId } from "./ids";
import { ThreatModelSchema, type ThreatModel } from "./schema";

/**
 * The design of a model without the decisions of the team that reviewed it: triage, mitigation
 * records, custom threats, assumptions, decision log and workshop record are left out, since
 * they belong to one review of one system, not to the architecture.
 */
function designOf(
  model: ThreatModel,
): Omit<
  ThreatModel,
  "triage" | "mitigations" | "customThreats" | "assumptions" | "decisionLog" | "workshop"
> {
  const {
    triage: _triage,
    mitigations: _mitigations,
    customThreats: _customThreats,
    assumptions: _assumptions,
    decisionLog: _decisionLog,
    workshop: _workshop,
    ...design
  } = model;
  return design;
}

/**
 * A new model from a template: the template's diagram and properties under a new id, created
 * now, opening fitted to its contents, with no decisions (see designOf). The template itself is
 * not changed.
 */
export function instantiateTemplate(
  template: ThreatModel,
  options: { id?: string; now?: string; name?: string } = {},
): ThreatModel {
  const now = options.now ?? nowIso();
  return ThreatModelSchema.parse({
    ...designOf(template),
    id: options.id ?? newId("model"),
    name: options.name ?? template.name,
    createdAt: now,
    updatedAt: now,
    viewport: null,
  });
}

/**
 * A template made from the user's own model: its design under the template's name and
 * description (see designOf), so that saving a reviewed model never copies the team's
 * decisions into every model started from it.
 */
export function templateOf(
  model: ThreatModel,
  details: { name: string; description: string },
  options: { id?: string; now?: string } = {},
): ThreatModel {
  const now = options.now ?? nowIso();
  return ThreatModelSchema.parse({
    ...designOf(model),
    id: options.id ?? newId("template"),
    name: details.name,
    description: details.description,
    createdAt: now,
    updatedAt: now,
    viewport: null,
  });
}
