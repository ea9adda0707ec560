import { finishImport } from "../interop/finish";
import type { ImportOptions, InteropImportResult } from "../interop/types";
import { readTmtText } from "./read";

export { detectTmt } from "./read";

/** A Microsoft Threat Modeling Tool `.tm7` file (its text, BOM already stripped) as documents. */
export function importTmt(text: string, options: ImportOptions = {}): InteropImportResult {
  return finishImport(
    "tmt",
    "Microsoft Threat Modeling Tool",
    () => readTmtText(text, options.fileName ?? null),
    options,
    () => null,
  );
}
