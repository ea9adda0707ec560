import { parseThreatModelJson } from "../../domain/document";
import type { TriageStatus } from "../../domain/decisions";
import type { ThreatModel } from "../../domain/schema";
import type { ImportedDiagram, ReportEntry } from "../../io/interop/types";

/**
 * What the import dialog shows: the file read by the format that recognises it (loaded on
 * demand, with the XML parser for TMT files), or by the native loader for our own models.
 */
export type ImportReading =
  | { ok: true; fileName: string; formatLabel: string; diagrams: ImportedDiagram[] }
  | { ok: false; fileName: string; formatLabel: string | null; errors: string[] };

export async function readImport(bytes: Uint8Array, fileName: string): Promise<ImportReading> {
  const formats = await import("../../io/formats");
  const { decodeText } = await import("../../io/interop/text");
  const text = decodeText(bytes);
  const source = formats.makeInteropSource(text, fileName);
  const importer = formats.detectInterop(source);
  if (importer) {
    const result = importer.read(source);
    if (!result.ok)
      return { ok: false, fileName, formatLabel: result.formatLabel, errors: result.errors };
    return { ok: true, fileName, formatLabel: result.formatLabel, diagrams: result.diagrams };
  }
  if (source.json.ok) {
    const native = parseThreatModelJson(source.text);
    if (native.ok)
      return {
        ok: true,
        fileName,
        formatLabel: "ThreatCanvas model",
        diagrams: [nativeDiagram(native.value)],
      };
    const looksNative =
      typeof source.json.value === "object" &&
      source.json.value !== null &&
      "schemaVersion" in source.json.value;
    if (looksNative)
      return { ok: false, fileName, formatLabel: "ThreatCanvas model", errors: native.errors };
  }
  const known = formats.INTEROP_IMPORTERS.map((i) => i.label).join(", ");
  return {
    ok: false,
    fileName,
    formatLabel: null,
    errors: [
      source.text.trim() === ""
        ? "The file is empty."
        : `This is not a file ThreatCanvas can open. It opens ThreatCanvas models and files from: ${known}.`,
    ],
  };
}

function nativeDiagram(model: ThreatModel): ImportedDiagram {
  const customIds = new Set(model.customThreats.map((t) => t.id));
  const counts = {
    elements: model.elements.filter((e) => e.type !== "trustBoundary").length,
    flows: model.flows.length,
    boundaries: model.elements.filter((e) => e.type === "trustBoundary").length,
    threats:
      model.customThreats.length +
      Object.keys(model.triage).filter((id) => !customIds.has(id)).length,
  };
  return { name: model.name, model, report: [], source: counts, arrived: counts };
}

export const STATUS_WORDS: Record<TriageStatus, string> = {
  open: "Open",
  needsInvestigation: "Needs investigation",
  mitigationInProgress: "Mitigation in progress",
  mitigated: "Mitigated",
  accepted: "Accepted",
  transferred: "Transferred",
  notApplicable: "Not applicable",
};

/** "10 Open, 4 Mitigated": the statuses the imported threats arrive with. */
export function statusSummary(model: ThreatModel): string {
  const counts = new Map<TriageStatus, number>();
  const ids = new Set([...model.customThreats.map((t) => t.id), ...Object.keys(model.triage)]);
  for (const id of ids) {
    const status = Object.hasOwn(model.triage, id) ? model.triage[id]!.status : "open";
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  return (Object.keys(STATUS_WORDS) as TriageStatus[])
    .filter((s) => counts.has(s))
    .map((s) => `${counts.get(s)} ${STATUS_WORDS[s]}`)
    .join(", ");
}

export const KIND_HEADINGS: Record<ReportEntry["kind"], string> = {
  dropped: "Not imported",
  approximated: "Imported with changes",
  info: "Good to know",
};

export function groupReport(
  report: readonly ReportEntry[],
): Array<{ kind: ReportEntry["kind"]; entries: ReportEntry[] }> {
  return (["dropped", "approximated", "info"] as const)
    .map((kind) => ({ kind, entries: report.filter((e) => e.kind === kind) }))
    .filter((group) => group.entries.length > 0);
}
