import type { ThreatModel } from "../../domain/schema";
import type { EvaluationResult } from "../../engine/types";
import { stripBom } from "../interop/text";
import {
  FORMAT_LABELS,
  type ImportOptions,
  type InteropFormat,
  type InteropImportResult,
} from "../interop/types";
import { detectOtm, exportOtm, importOtm } from "../otm";
import { detectThreatDragon, exportThreatDragon, importThreatDragon } from "../threat-dragon";
import { detectTmLibrary, exportTmLibrary, importTmLibrary } from "../tm-library";
import { detectTmt, importTmt } from "../tmt";

/**
 * The other tools' formats ThreatCanvas reads and writes, in one table that the CLI and the app
 * read. Importers see the text once (and its JSON, parsed once); exporters are pure
 * `(document, evaluation) -> text`.
 */

export interface InteropSource {
  fileName: string | null;
  /** The text, byte-order mark removed. */
  text: string;
  json: { ok: true; value: unknown } | { ok: false; error: string };
}

export interface InteropImporter {
  format: InteropFormat;
  label: string;
  /** 0 (not this format) to 1 (certain); cheap, never throws. */
  detect(source: InteropSource): number;
  read(source: InteropSource, options?: ImportOptions): InteropImportResult;
}

export interface InteropExporter {
  format: InteropFormat;
  label: string;
  /** File name ending, with the dot. */
  extension: string;
  mimeType: string;
  write(document: ThreatModel, evaluation: EvaluationResult): string;
}

const jsonOf = (source: InteropSource): unknown => (source.json.ok ? source.json.value : undefined);

export const INTEROP_IMPORTERS: readonly InteropImporter[] = [
  {
    format: "threat-dragon",
    label: FORMAT_LABELS["threat-dragon"],
    detect: (s) => detectThreatDragon(jsonOf(s)),
    read: (s, o) => importThreatDragon(jsonOf(s), o),
  },
  {
    format: "otm",
    label: FORMAT_LABELS.otm,
    detect: (s) => detectOtm(jsonOf(s)),
    read: (s, o) => importOtm(jsonOf(s), o),
  },
  {
    format: "tm-library",
    label: FORMAT_LABELS["tm-library"],
    detect: (s) => detectTmLibrary(jsonOf(s)),
    read: (s, o) => importTmLibrary(jsonOf(s), o),
  },
  {
    format: "tmt",
    label: FORMAT_LABELS.tmt,
    detect: (s) =>
      s.json.ok ? 0 : Math.max(detectTmt(s.text), /\.tm7$/i.test(s.fileName ?? "") ? 0.6 : 0),
    read: (s, o) => importTmt(s.text, { fileName: s.fileName, ...o }),
  },
];

export const INTEROP_EXPORTERS: readonly InteropExporter[] = [
  {
    format: "otm",
    label: "Open Threat Model 0.2.0",
    extension: ".otm.json",
    mimeType: "application/json",
    write: exportOtm,
  },
  {
    format: "tm-library",
    label: "OWASP Threat Model Library 1.0.2",
    extension: ".tml.json",
    mimeType: "application/json",
    write: exportTmLibrary,
  },
  {
    format: "threat-dragon",
    label: "OWASP Threat Dragon 2",
    extension: ".threat-dragon.json",
    mimeType: "application/json",
    write: exportThreatDragon,
  },
];

export function makeInteropSource(text: string, fileName: string | null = null): InteropSource {
  const body = stripBom(text);
  const trimmed = body.trimStart();
  if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
    return { fileName, text: body, json: { ok: false, error: "not JSON" } };
  }
  try {
    return { fileName, text: body, json: { ok: true, value: JSON.parse(body) as unknown } };
  } catch (error) {
    return { fileName, text: body, json: { ok: false, error: (error as Error).message } };
  }
}

/** The importer that would read this source, or null when none recognises it. */
export function detectInterop(source: InteropSource): InteropImporter | null {
  let best: InteropImporter | null = null;
  let bestScore = 0;
  for (const importer of INTEROP_IMPORTERS) {
    let score = 0;
    try {
      score = importer.detect(source);
    } catch {
      score = 0;
    }
    if (score > bestScore) {
      best = importer;
      bestScore = score;
    }
  }
  return best;
}

export function exporterFor(format: string): InteropExporter | null {
  return INTEROP_EXPORTERS.find((e) => e.format === format) ?? null;
}

export { FORMAT_LABELS, type InteropFormat, type InteropImportResult };

/**
 * The same importers in the shape of the app's generic import registry (`src/io/import/`, being
 * built for native JSON): `{ id, label, detect(source), read(source) }` returning every diagram
 * as a model and the report as notices. Register each with `registry.register(format)`.
 */
export function registryFormats(): Array<{
  id: string;
  label: string;
  detect(source: InteropSource): number;
  read(
    source: InteropSource,
  ):
    | { ok: true; models: unknown[]; notices: { kind: "info" | "approximation"; text: string }[] }
    | { ok: false; errors: string[] };
}> {
  return INTEROP_IMPORTERS.map((importer) => ({
    id: importer.format,
    label: importer.label,
    detect: (source) => importer.detect(source),
    read(source) {
      const result = importer.read(source);
      if (!result.ok) return { ok: false as const, errors: result.errors };
      return {
        ok: true as const,
        models: result.diagrams.map((d) => d.model),
        notices: result.diagrams.flatMap((d) =>
          d.report.map((entry) => ({
            kind: entry.kind === "info" ? ("info" as const) : ("approximation" as const),
            text: `${result.diagrams.length > 1 ? `${d.name}: ` : ""}${entry.item}: ${entry.text}`,
          })),
        ),
      };
    },
  }));
}
