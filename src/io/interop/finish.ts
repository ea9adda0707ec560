import { newId } from "../../domain/ids";
import type { ThreatModel } from "../../domain/schema";
import { buildModel } from "./build";
import type { ModelDraft } from "./draft";
import { readEmbedded, restoreEmbedded } from "./embedded";
import {
  FormatError,
  type ImportOptions,
  type InteropFormat,
  type InteropImportResult,
  type ImportedDiagram,
} from "./types";

export interface FormatDiagram {
  title: string;
  draft: ModelDraft;
  /** Whatever the file holds where we embed our document (maybe nothing). */
  embedded: unknown;
}

/**
 * The common end of every importer: each diagram's draft built into a document, our embedded
 * document restored when the file carries one, and any FormatError turned into a failed result.
 */
export function finishImport(
  format: InteropFormat,
  formatLabel: string | (() => string),
  read: () => FormatDiagram[],
  options: ImportOptions,
  reread: (document: ThreatModel) => ModelDraft | null,
): InteropImportResult {
  let label = typeof formatLabel === "string" ? formatLabel : "";
  try {
    const diagrams = read();
    if (typeof formatLabel === "function") label = formatLabel();
    const now = options.now?.() ?? new Date();
    const baseId = options.modelId ?? newId("model");
    const out: ImportedDiagram[] = diagrams.map((diagram, index) => {
      const modelId = diagrams.length > 1 ? `${baseId}-${index + 1}` : baseId;
      const built = buildModel(diagram.draft, { now, modelId });
      const embedded = readEmbedded(diagram.embedded);
      if (embedded) {
        const restored = safely(() =>
          restoreEmbedded(embedded, diagram.draft, built.model, safeReread(reread), label),
        );
        if (restored) {
          return {
            name: diagram.title,
            model: restored.model,
            report: restored.report,
            source: diagram.draft.sourceCounts,
            // Our generated findings come back from the engine; the plain read counts them.
            arrived: {
              ...countsOf(restored.model),
              threats: Math.max(countsOf(restored.model).threats, built.arrived.threats),
            },
          };
        }
        built.report.unshift({
          kind: "info",
          item: "File",
          text: "holds ThreatCanvas data that could not be read back; opened from the format's own fields",
        });
      }
      return {
        name: diagram.title,
        model: built.model,
        report: built.report,
        source: diagram.draft.sourceCounts,
        arrived: built.arrived,
      };
    });
    return { ok: true, format, formatLabel: label, diagrams: out };
  } catch (error) {
    if (!label && typeof formatLabel === "function") label = formatLabel();
    const errors =
      error instanceof FormatError
        ? error.errors
        : [
            `The ${label} importer failed: ${error instanceof Error ? error.message : String(error)}`,
          ];
    return { ok: false, format, formatLabel: label, errors };
  }
}

function countsOf(model: ThreatModel) {
  const customIds = new Set(model.customThreats.map((t) => t.id));
  return {
    elements: model.elements.filter((e) => e.type !== "trustBoundary").length,
    flows: model.flows.length,
    boundaries: model.elements.filter((e) => e.type === "trustBoundary").length,
    threats:
      model.customThreats.length +
      Object.keys(model.triage).filter((id) => !customIds.has(id)).length,
  };
}

function safeReread(reread: (document: ThreatModel) => ModelDraft | null) {
  return (document: ThreatModel): ModelDraft | null => safely(() => reread(document));
}

function safely<T>(run: () => T | null): T | null {
  try {
    return run();
  } catch {
    return null;
  }
}
