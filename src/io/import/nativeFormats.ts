import { FRAGMENT_FORMAT } from "../../domain/operations/clipboard";
import { BACKUP_FORMAT, BackupEnvelopeSchema } from "../native/backup";
import { explainIssues } from "./explainIssues";
import { jsonObject } from "./source";
import type { ImportFormat } from "./types";

/** One ThreatCanvas model, as exported (any schema version: older ones migrate). */
export const nativeModelFormat: ImportFormat = {
  id: "threatcanvas",
  label: "ThreatCanvas model",
  detect(source) {
    const data = jsonObject(source);
    if (!data || typeof data.format === "string") return 0;
    const hasLists = Array.isArray(data.elements) && Array.isArray(data.flows);
    if (data.schemaVersion !== undefined && hasLists) return 1;
    if (hasLists) return 0.6;
    // Claims to be ours but is broken: still ours, so the errors say what is wrong with it.
    return data.schemaVersion !== undefined && "id" in data ? 0.4 : 0;
  },
  read(source) {
    return { ok: true, models: [source.json.ok ? source.json.value : null], notices: [] };
  },
};

/** Every model of a browser, from "Export all models". */
export const nativeBackupFormat: ImportFormat = {
  id: "threatcanvas-backup",
  label: "ThreatCanvas backup",
  detect(source) {
    return jsonObject(source)?.format === BACKUP_FORMAT ? 1 : 0;
  },
  read(source) {
    const data = jsonObject(source);
    const parsed = BackupEnvelopeSchema.safeParse(data);
    if (!parsed.success) return { ok: false, errors: explainIssues(data, parsed.error.issues) };
    if (parsed.data.version > 1) {
      return {
        ok: false,
        errors: [
          `This backup was written by a newer version of ThreatCanvas (backup format ${parsed.data.version}); update ThreatCanvas to open it.`,
        ],
      };
    }
    return { ok: true, models: parsed.data.models, notices: [] };
  },
};

/** A copied selection is not a model: say what it is and where it goes instead. */
export const fragmentFormat: ImportFormat = {
  id: "threatcanvas-fragment",
  label: "ThreatCanvas copied elements",
  detect(source) {
    return jsonObject(source)?.format === FRAGMENT_FORMAT ? 1 : 0;
  },
  read() {
    return {
      ok: false,
      errors: [
        "This holds elements copied from a diagram, not a whole model. Open a model and paste them into it (Ctrl/Cmd+V).",
      ],
    };
  },
};
