/** The native file format: a model (or a backup of many) as JSON, exactly round-tripping. */
export { exportModelJson, toJsonText, type NativeExport } from "./serialize";
export {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupEnvelopeSchema,
  exportBackupJson,
  type BackupExport,
} from "./backup";
export { backupFileName, exportFileName, fileSlug, type ExportKind } from "./fileNames";
export { documentFingerprint } from "./fingerprint";
