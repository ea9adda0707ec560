import type { ThreatModel } from "../../domain/schema";
import { evaluate } from "../../engine/evaluate";
import { ALL_RULES } from "../../engine/rules";
import { finishImport } from "../interop/finish";
import type { ImportOptions, InteropImportResult } from "../interop/types";
import { readOtmFile } from "./read";
import { otmFile } from "./write";

export { detectOtm } from "./read";
export { exportOtm, otmFile, OTM_VERSION } from "./write";

/** An Open Threat Model file (parsed JSON) as a document. */
export function importOtm(json: unknown, options: ImportOptions = {}): InteropImportResult {
  return finishImport(
    "otm",
    "Open Threat Model",
    () => readOtmFile(json),
    options,
    (document: ThreatModel) =>
      readOtmFile(otmFile(document, evaluate(document, { rules: ALL_RULES })))[0]?.draft ?? null,
  );
}
