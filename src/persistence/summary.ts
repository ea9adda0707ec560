import type { ThreatModel } from "../domain/schema";
import type { ModelSummary } from "./db";

const DESCRIPTION_PREVIEW_LENGTH = 280;

export function summarize(
  model: ThreatModel,
  revision: number,
  updatedAt: string,
  savedBy?: string,
): ModelSummary {
  return {
    ...(savedBy === undefined ? {} : { savedBy }),
    id: model.id,
    name: model.name,
    description: model.description.slice(0, DESCRIPTION_PREVIEW_LENGTH),
    owner: model.owner,
    createdAt: model.createdAt,
    updatedAt,
    revision,
    elementCount: model.elements.length,
    flowCount: model.flows.length,
  };
}

function str(value: unknown, fallback: string): string {
  return typeof value === "string" ? value : fallback;
}

function count(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : 0;
}

/**
 * A summary row as read back, with every field checked: a damaged row still appears in the list
 * (and fails clearly when opened) instead of breaking the list for every other model.
 * Returns null only for a row without a usable id, which could not be opened or deleted anyway.
 */
export function readSummary(row: unknown): ModelSummary | null {
  if (typeof row !== "object" || row === null) return null;
  const r = row as Record<string, unknown>;
  if (typeof r.id !== "string" || r.id === "") return null;
  return {
    id: r.id,
    name: str(r.name, "Untitled model"),
    description: str(r.description, ""),
    owner: str(r.owner, ""),
    createdAt: str(r.createdAt, ""),
    updatedAt: str(r.updatedAt, ""),
    revision: Number.isInteger(r.revision) ? (r.revision as number) : 0,
    elementCount: count(r.elementCount),
    flowCount: count(r.flowCount),
    ...(typeof r.savedBy === "string" ? { savedBy: r.savedBy } : {}),
  };
}

/** Most recently stored first; ties by name then id so the order is stable. */
export function compareSummaries(a: ModelSummary, b: ModelSummary): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
  return a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
