import { defaultImportRegistry } from "../../io/import";
import { INTEROP_IMPORTERS, detectInterop, makeInteropSource } from "../../io/formats";
import type { TriageStatus } from "../../domain/decisions";
import type { ThreatModel } from "../../domain/schema";
import type { ImportedDiagram, ReportEntry } from "../../io/interop/types";

/**
 * What the import dialog shows: the file read by the format that recognises it. This module is
 * loaded on demand (with the other tools' importers and the XML parser for TMT files).
 */
export type ImportReading =
  | { ok: true; fileName: string; formatLabel: string; diagrams: ImportedDiagram[] }
  | { ok: false; fileName: string; formatLabel: string | null; errors: string[] };

export async function readImport(bytes: Uint8Array, fileName: string): Promise<ImportReading> {
  const { decodeText } = await import("../../io/interop/text");
  return readImportText(decodeText(bytes), fileName);
}

/**
 * A file's text (or a pasted document, fileName null): ThreatCanvas's own files (a model of any
 * schema version, a backup of many, copied elements) through the native import registry, whose
 * errors name the item and field in words; other tools' files through their importers.
 */
export function readImportText(text: string, fileName: string | null): ImportReading {
  const shownName = fileName ?? "the pasted model";
  const source = makeInteropSource(text, fileName);
  const native = defaultImportRegistry.detect(source);
  const importer = detectInterop(source);
  if (native && (!importer || defaultImportRegistryScore(source) >= importer.detect(source))) {
    const outcome = defaultImportRegistry.importSource(source);
    if (!outcome.ok) {
      return {
        ok: false,
        fileName: shownName,
        formatLabel: outcome.formatLabel,
        errors: outcome.errors,
      };
    }
    const notices: ReportEntry[] = outcome.notices.map((n) => ({
      kind: n.kind === "approximation" ? "approximated" : "info",
      item: outcome.formatLabel,
      text: n.text,
    }));
    return {
      ok: true,
      fileName: shownName,
      formatLabel: outcome.formatLabel,
      diagrams: outcome.models.map((model, i) => nativeDiagram(model, i === 0 ? notices : [])),
    };
  }
  if (importer) {
    const result = importer.read(source, fileName === null ? {} : { fileName });
    if (!result.ok)
      return {
        ok: false,
        fileName: shownName,
        formatLabel: result.formatLabel,
        errors: result.errors,
      };
    return {
      ok: true,
      fileName: shownName,
      formatLabel: result.formatLabel,
      diagrams: result.diagrams,
    };
  }
  const known = ["ThreatCanvas models and backups", ...INTEROP_IMPORTERS.map((i) => i.label)].join(
    ", ",
  );
  return {
    ok: false,
    fileName: shownName,
    formatLabel: null,
    errors: [
      source.text.trim() === ""
        ? "The file is empty."
        : source.json.ok
          ? `This is JSON, but not in a format ThreatCanvas knows. It opens: ${known}.`
          : `This is not a file ThreatCanvas can open (it is not JSON, nor a Threat Modeling Tool file). It opens: ${known}.`,
    ],
  };
}

function defaultImportRegistryScore(source: ReturnType<typeof makeInteropSource>): number {
  return Math.max(0, ...defaultImportRegistry.formats().map((f) => f.detect(source)));
}

function nativeDiagram(model: ThreatModel, report: ReportEntry[] = []): ImportedDiagram {
  const customIds = new Set(model.customThreats.map((t) => t.id));
  const counts = {
    elements: model.elements.filter((e) => e.type !== "trustBoundary").length,
    flows: model.flows.length,
    boundaries: model.elements.filter((e) => e.type === "trustBoundary").length,
    threats:
      model.customThreats.length +
      Object.keys(model.triage).filter((id) => !customIds.has(id)).length,
  };
  return { name: model.name, model, report, source: counts, arrived: counts };
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
