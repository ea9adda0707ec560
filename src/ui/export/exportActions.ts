import { backupFileName, exportBackupJson, exportFileName, exportModelJson } from "../../io/native";
import { editorStore } from "../../store/editorStore";
import { session } from "../../store/session";
import { downloadText } from "../shell/download";

const JSON_TYPE = "application/json";

/** The open model as its native file (Ctrl/Cmd+S, the Export menu, the storage banner). */
export function exportOpenModelJson(): void {
  const { doc, notify } = editorStore.getState();
  if (!doc) {
    notify("info", "Open a model to export it.");
    return;
  }
  const { text, problems } = exportModelJson(doc);
  downloadText(exportFileName(doc, "model", "json"), JSON_TYPE, text);
  if (problems.length > 0) {
    notify(
      "error",
      `Exported as it is, but ThreatCanvas would refuse to open this file until fixed: ${problems.join("; ")}`,
    );
  }
}

/** Every model in this browser as one backup file; importing it restores them all. */
export async function exportAllModelsJson(): Promise<void> {
  const { notify } = editorStore.getState();
  if (session.store.getState().phase === "unavailable") {
    exportOpenModelJson();
    return;
  }
  let read;
  try {
    read = await session.readAllModels();
  } catch (error) {
    notify("error", `The models could not be read for the backup: ${String(error)}`);
    return;
  }
  const now = new Date();
  const backup = exportBackupJson(read.models, now.toISOString());
  downloadText(backupFileName(now), JSON_TYPE, backup.text);
  if (read.unreadable.length > 0) {
    notify(
      "error",
      `The backup holds ${read.models.length} models. ${read.unreadable.length} stored model(s) could not be read and are not in it: ${read.unreadable.join("; ")}`,
    );
  } else {
    notify("info", `Backed up ${read.models.length} model${read.models.length === 1 ? "" : "s"}.`);
  }
}
