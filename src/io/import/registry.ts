import { makeImportSource } from "./source";
import type { ImportFormat, ImportOutcome, ImportSource } from "./types";
import { validateImportedModels } from "./validate";

/**
 * The import entry point: detect the format, let it read the source, validate what it made.
 * Formats register into a registry; the highest `detect` score wins (ties: registration order).
 */
export interface ImportRegistry {
  register(format: ImportFormat): void;
  formats(): readonly ImportFormat[];
  /** The format that would read this source, or null. */
  detect(source: ImportSource): ImportFormat | null;
  importSource(source: ImportSource): ImportOutcome;
  importText(text: string, fileName?: string | null): ImportOutcome;
}

export function createImportRegistry(initial: readonly ImportFormat[] = []): ImportRegistry {
  const formats: ImportFormat[] = [...initial];

  function detect(source: ImportSource): ImportFormat | null {
    let best: ImportFormat | null = null;
    let bestScore = 0;
    for (const format of formats) {
      let score = 0;
      try {
        score = format.detect(source);
      } catch {
        score = 0;
      }
      if (score > bestScore) {
        best = format;
        bestScore = score;
      }
    }
    return best;
  }

  function importSource(source: ImportSource): ImportOutcome {
    const format = detect(source);
    if (!format)
      return {
        ok: false,
        format: null,
        formatLabel: null,
        errors: [unknownFormat(source, formats)],
      };
    let read;
    try {
      read = format.read(source);
    } catch (error) {
      read = {
        ok: false as const,
        errors: [`The ${format.label} importer failed: ${String(error)}`],
      };
    }
    const failed = (errors: string[]): ImportOutcome => ({
      ok: false,
      format: format.id,
      formatLabel: format.label,
      errors,
    });
    if (!read.ok) return failed(read.errors);
    const validated = validateImportedModels(read.models);
    if (!validated.ok) return failed(validated.errors);
    return {
      ok: true,
      format: format.id,
      formatLabel: format.label,
      models: validated.models,
      notices: [...read.notices, ...validated.notices],
    };
  }

  return {
    register: (format) => void formats.push(format),
    formats: () => formats,
    detect,
    importSource,
    importText: (text, fileName = null) => importSource(makeImportSource(text, fileName)),
  };
}

function unknownFormat(source: ImportSource, formats: readonly ImportFormat[]): string {
  const known = formats.filter((f) => !f.id.endsWith("-fragment")).map((f) => f.label);
  const list = known.length ? ` It reads: ${known.join(", ")}.` : "";
  if (!source.json.ok) {
    if (source.text.trim() === "") return `The ${what(source)} is empty.${list}`;
    return `The ${what(source)} is not JSON (${source.json.error}), so it is not a model ThreatCanvas can open.${list}`;
  }
  return `The ${what(source)} is JSON, but not in a format ThreatCanvas knows.${list}`;
}

function what(source: ImportSource): string {
  return source.fileName === null ? "pasted text" : "file";
}
