import { nowIso } from "./document";
import { newId } from "./ids";
import { ThreatModelSchema, type ThreatModel } from "./schema";

/**
 * A new model from a template: the template's diagram and properties under a new id, created
 * now, opening fitted to its contents; decisions (triage, mitigation records, custom threats,
 * assumptions, decision log, workshop record) start empty, since they belong to one team's
 * review of one system. The template itself is not changed.
 */
export function instantiateTemplate(
  template: ThreatModel,
  options: { id?: string; now?: string; name?: string } = {},
): ThreatModel {
  const now = options.now ?? nowIso();
  const {
    triage: _triage,
    mitigations: _mitigations,
    customThreats: _customThreats,
    assumptions: _assumptions,
    decisionLog: _decisionLog,
    workshop: _workshop,
    ...design
  } = template;
  return ThreatModelSchema.parse({
    ...design,
    id: options.id ?? newId("model"),
    name: options.name ?? template.name,
    createdAt: now,
    updatedAt: now,
    viewport: null,
  });
}
