import { indexModel, innermostBoundary } from "../../domain/graph";
import {
  CLASSIFICATION_LABELS,
  ML_KIND_LABELS,
  PROPERTY_LABELS,
  TRI_STATE_LABELS,
  ZONE_KIND_LABELS,
} from "../../domain/labels";
import type { DataClassification, ThreatModel, TriState, ZoneKind } from "../../domain/schema";
import type { SubjectInfo } from "../report/summary";
import type { AppendixRow } from "./types";

/** Every element and flow with its properties, in words, for the report's appendix. */
export function buildAppendix(
  model: ThreatModel,
  named: (id: string) => SubjectInfo,
): { elements: AppendixRow[]; flows: AppendixRow[] } {
  const index = indexModel(model);
  const elements = model.elements.map((element): AppendixRow => {
    const boundary = innermostBoundary(index, element.id);
    return {
      subject: named(element.id),
      kind:
        element.type !== "trustBoundary" && element.mlKind ? ML_KIND_LABELS[element.mlKind] : "",
      boundary: boundary ? named(boundary.id).name : "",
      description: element.description,
      technologies: element.technologies,
      properties: propertiesOf(element.props),
      outOfScope: element.outOfScope ? element.outOfScopeReason || "out of scope" : null,
    };
  });
  const flows = model.flows.map((flow): AppendixRow => ({
    subject: named(flow.id),
    kind: `${named(flow.source).name} → ${named(flow.target).name}${flow.bidirectional ? " (both ways)" : ""}`,
    boundary: "",
    description: flow.description,
    technologies: flow.technologies,
    properties: propertiesOf(flow.props),
    outOfScope: flow.outOfScope ? flow.outOfScopeReason || "out of scope" : null,
  }));
  return { elements, flows };
}

function propertiesOf(props: Record<string, unknown>): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  for (const [key, label] of Object.entries(PROPERTY_LABELS)) {
    if (!Object.hasOwn(props, key)) continue;
    const value = formatValue(key, props[key]);
    if (value !== null) rows.push([label, value]);
  }
  return rows;
}

function formatValue(key: string, value: unknown): string | null {
  if (value === "yes" || value === "no" || value === "unknown")
    return TRI_STATE_LABELS[value as TriState];
  if (key === "classification" && typeof value === "string") {
    return CLASSIFICATION_LABELS[value as DataClassification] ?? value;
  }
  if (key === "zoneKind" && typeof value === "string")
    return ZONE_KIND_LABELS[value as ZoneKind] ?? value;
  if (key === "retentionDays") return value === null ? "Not set" : `${String(value)} days`;
  if (key === "entityKind")
    return value === "human" ? "Person" : value === "system" ? "System" : "Unknown";
  if (typeof value === "string") return value.trim() ? value : null;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return null;
}
