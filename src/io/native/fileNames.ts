import type { ThreatModel } from "../../domain/schema";

/**
 * File names for exports: the model's name folded to letters, digits and dashes (accents
 * dropped: "Zürich Daten-Pipeline" -> "zurich-daten-pipeline"), so the name survives every file
 * system, archive tool and mail client; "threat-model" when nothing is left.
 */
export function fileSlug(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "threat-model";
}

export type ExportKind = "model" | "report" | "risk-register" | "diagram" | "findings";

const SUFFIX: Record<ExportKind, string> = {
  model: ".threatcanvas",
  report: "-report",
  "risk-register": "-risk-register",
  diagram: "-diagram",
  findings: "-findings",
};

/** "zurich-daten-pipeline.threatcanvas.json", "zurich-daten-pipeline-report.pdf" ... */
export function exportFileName(
  model: Pick<ThreatModel, "name">,
  kind: ExportKind,
  extension: string,
): string {
  return `${fileSlug(model.name)}${SUFFIX[kind]}.${extension}`;
}

/** "threatcanvas-backup-2026-12-01.json" */
export function backupFileName(at: Date): string {
  return `threatcanvas-backup-${at.toISOString().slice(0, 10)}.json`;
}
