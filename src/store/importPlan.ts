import { newId } from "../domain/ids";
import type { ThreatModel } from "../domain/schema";

/**
 * What to do with each imported model. An import never overwrites a stored model silently: when
 * an id is taken, the person chooses "copy" (a new id, the name marked) or "replace".
 */
export type ConflictChoice = "copy" | "replace";

export type PlannedImport =
  | { action: "create"; model: ThreatModel }
  | { action: "replace"; model: ThreatModel }
  | { action: "copy"; model: ThreatModel; originalId: string };

const NAME_MAX = 200;

/** The imported models whose ids are already stored. */
export function conflictsOf(
  models: readonly ThreatModel[],
  storedIds: ReadonlySet<string>,
): ThreatModel[] {
  return models.filter((model) => storedIds.has(model.id));
}

export function planImport(
  models: readonly ThreatModel[],
  storedIds: ReadonlySet<string>,
  choice: ConflictChoice,
): PlannedImport[] {
  return models.map((model) => {
    if (!storedIds.has(model.id)) return { action: "create", model };
    if (choice === "replace") return { action: "replace", model };
    return { action: "copy", model: asCopy(model), originalId: model.id };
  });
}

/** A copy of an imported model: a fresh id, "(imported copy)" after its name. */
export function asCopy(model: ThreatModel): ThreatModel {
  const suffix = " (imported copy)";
  return {
    ...model,
    id: newId("model"),
    name: `${model.name.slice(0, NAME_MAX - suffix.length)}${suffix}`,
  };
}
