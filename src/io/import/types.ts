import type { ThreatModel } from "../../domain/schema";

/**
 * What an importer sees: the text as read, and the JSON it holds when it is JSON (most formats
 * are). Parsing happens once, before detection, so each format's `detect` is cheap.
 */
export interface ImportSource {
  /** The file's name when there is one (a pasted document has none). */
  fileName: string | null;
  /** The text, without a leading byte-order mark. */
  text: string;
  json: { ok: true; value: unknown } | { ok: false; error: string };
}

/** Something a person should know about an import that worked: an approximation, a migration. */
export interface ImportNotice {
  kind: "info" | "approximation";
  text: string;
}

export type ImportOutcome =
  | {
      ok: true;
      /** Id and display name of the format that read the file. */
      format: string;
      formatLabel: string;
      /** Each one valid, as the loader would accept it. */
      models: ThreatModel[];
      notices: ImportNotice[];
    }
  | {
      ok: false;
      /** The format the file was taken for; null when none recognised it. */
      format: string | null;
      formatLabel: string | null;
      /** One sentence per problem, naming the field in words (and the path, for JSON editors). */
      errors: string[];
    };

/** What an importer returns; the registry validates the models before anyone sees them. */
export type FormatReadResult =
  { ok: true; models: unknown[]; notices: ImportNotice[] } | { ok: false; errors: string[] };

/**
 * One format the importer can read. Other tools' formats (Threat Dragon, TMT, OTM, the Threat
 * Model Library) register the same way as the native ones.
 */
export interface ImportFormat {
  /** Stable id: "threatcanvas", "threatcanvas-backup", "threat-dragon-v2" ... */
  id: string;
  /** For messages: "ThreatCanvas model". */
  label: string;
  /**
   * How sure this format is that the source is one of its files: 0 (not mine) to 1 (certain).
   * Must be cheap and must never throw.
   */
  detect(source: ImportSource): number;
  /**
   * Turn the source into documents (or say why not). The models may be plain objects of the
   * current schema: the registry migrates and validates them, and refuses the import if any
   * fails, so a bug here can never store a model the loader would reject.
   */
  read(source: ImportSource): FormatReadResult;
}
