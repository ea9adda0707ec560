import type { ThreatModel } from "../../domain/schema";
import { evaluate } from "../../engine/evaluate";
import { ALL_RULES } from "../../engine/rules";
import { finishImport } from "../interop/finish";
import type { ImportOptions, InteropImportResult } from "../interop/types";
import { readThreatDragonFile } from "./read";
import { threatDragonFile } from "./write";

export { detectThreatDragon } from "./read";
export { exportThreatDragon, threatDragonFile } from "./write";

/** A Threat Dragon v1 or v2 model (already parsed JSON) as one document per diagram. */
export function importThreatDragon(
  json: unknown,
  options: ImportOptions = {},
): InteropImportResult {
  let label = "OWASP Threat Dragon";
  return finishImport(
    "threat-dragon",
    () => label,
    () => {
      const file = readThreatDragonFile(json);
      label = `OWASP Threat Dragon v${file.version}`;
      return file.diagrams;
    },
    options,
    (document: ThreatModel) =>
      readThreatDragonFile(threatDragonFile(document, evaluate(document, { rules: ALL_RULES })))
        .diagrams[0]?.draft ?? null,
  );
}
