import { z } from "zod";
import type { ThreatModel } from "../../domain/schema";
import { TOOL_NAME, TOOL_VERSION } from "../report/meta";
import { exportModelJson, toJsonText } from "./serialize";

/** A backup of every model in this browser: one file, each model a complete native document. */
export const BACKUP_FORMAT = "threatcanvas/backup" as const;
export const BACKUP_VERSION = 1 as const;

export const BackupEnvelopeSchema = z.looseObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.number(),
  exportedAt: z.string().optional(),
  /** Validated one by one on import, so one damaged model does not hide the others' errors. */
  models: z.array(z.unknown()).max(10000, "holds more than 10,000 models"),
});

export interface BackupExport {
  text: string;
  /** Per model, the loader's complaints (see `exportModelJson`); empty when all are valid. */
  problems: string[];
}

export function exportBackupJson(models: readonly ThreatModel[], exportedAt: string): BackupExport {
  const problems: string[] = [];
  const documents = models.map((model) => {
    const exported = exportModelJson(model);
    for (const problem of exported.problems) problems.push(`${model.name}: ${problem}`);
    return JSON.parse(exported.text) as unknown;
  });
  const envelope = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    app: `${TOOL_NAME} ${TOOL_VERSION}`,
    models: documents,
  };
  return { text: toJsonText(envelope), problems };
}
