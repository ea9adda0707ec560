/** Importing files: format detection, reading, validation. Pure: no DOM, no Node. */
export { createImportRegistry, type ImportRegistry } from "./registry";
export { IMPORT_FORMATS, defaultImportRegistry } from "./formats";
export { makeImportSource, jsonObject } from "./source";
export { explainIssues, explainIssue, describeValue } from "./explainIssues";
export { validateImportedModel, validateImportedModels } from "./validate";
export { fragmentFormat, nativeBackupFormat, nativeModelFormat } from "./nativeFormats";
export type {
  FormatReadResult,
  ImportFormat,
  ImportNotice,
  ImportOutcome,
  ImportSource,
} from "./types";
