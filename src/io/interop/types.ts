import type { ThreatModel } from "../../domain/schema";

/** The formats of other tools that ThreatCanvas reads and writes. */
export const INTEROP_FORMATS = ["threat-dragon", "tmt", "otm", "tm-library"] as const;
export type InteropFormat = (typeof INTEROP_FORMATS)[number];

export const FORMAT_LABELS: Record<InteropFormat, string> = {
  "threat-dragon": "OWASP Threat Dragon",
  tmt: "Microsoft Threat Modeling Tool",
  otm: "Open Threat Model",
  "tm-library": "OWASP Threat Model Library",
};

/**
 * One line of an import report: what happened to one item of the source file.
 * `dropped`: not imported; `approximated`: imported, but not exactly as the file said;
 * `info`: worth knowing, nothing lost.
 */
export interface ReportEntry {
  kind: "dropped" | "approximated" | "info";
  /** The item in the file's own words: `Flow "Web Request"`, `Threat "Accessing DB credentials"`. */
  item: string;
  text: string;
}

/** How many of each thing the source holds, and how many of them arrived. */
export interface ImportCounts {
  elements: number;
  flows: number;
  boundaries: number;
  threats: number;
}

/** One model made from the file: a file with several diagrams gives several. */
export interface ImportedDiagram {
  /** The diagram's name in the file ("Main Request Data Flow"), or the model's name. */
  name: string;
  model: ThreatModel;
  report: ReportEntry[];
  source: ImportCounts;
  arrived: ImportCounts;
}

export type InteropImportResult =
  | {
      ok: true;
      format: InteropFormat;
      /** "OWASP Threat Dragon v2" */
      formatLabel: string;
      diagrams: ImportedDiagram[];
    }
  | { ok: false; format: InteropFormat; formatLabel: string; errors: string[] };

export interface ImportOptions {
  /** The clock, so importing the same file twice gives the same model (tests, digests). */
  now?: () => Date;
  /** Id for the new model; one is made when absent. Several diagrams get suffixes. */
  modelId?: string;
  /** The file's name, to name a model whose file does not (TMT files often do not). */
  fileName?: string | null;
}

/** A format error that names the field: thrown inside importers, caught at their edge. */
export class FormatError extends Error {
  constructor(readonly errors: string[]) {
    super(errors.join("\n"));
    this.name = "FormatError";
  }
}
