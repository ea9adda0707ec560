import type { ThreatModel } from "../../domain/schema";
import { evaluate } from "../../engine/evaluate";
import { ALL_RULES } from "../../engine/rules";
import { finishImport } from "../interop/finish";
import type { ImportOptions, InteropImportResult } from "../interop/types";
import { readTmLibraryFile } from "./read";
import { tmLibraryFile } from "./write";

export { detectTmLibrary } from "./read";
export { exportTmLibrary, tmLibraryFile } from "./write";
export { TML_SCHEMA_ID } from "./names";

/** An OWASP Threat Model Library file (parsed JSON) as a document. */
export function importTmLibrary(json: unknown, options: ImportOptions = {}): InteropImportResult {
  return finishImport(
    "tm-library",
    "OWASP Threat Model Library",
    () => readTmLibraryFile(json),
    options,
    (document: ThreatModel) =>
      readTmLibraryFile(tmLibraryFile(document, evaluate(document, { rules: ALL_RULES })))[0]
        ?.draft ?? null,
  );
}
