import { fragmentFormat, nativeBackupFormat, nativeModelFormat } from "./nativeFormats";
import { createImportRegistry } from "./registry";
import type { ImportFormat } from "./types";

/**
 * The formats the app and the CLI read. Importers of other tools' files (Threat Dragon, TMT,
 * OTM, the Threat Model Library) are added to this list.
 */
export const IMPORT_FORMATS: readonly ImportFormat[] = [
  nativeModelFormat,
  nativeBackupFormat,
  fragmentFormat,
];

export const defaultImportRegistry = createImportRegistry(IMPORT_FORMATS);
