import { defaultImportRegistry, makeImportSource, type ImportOutcome } from "../../io/import";
import type { ThreatModel } from "../../domain/schema";
import { editorStore } from "../../store/editorStore";
import { conflictsOf, type ConflictChoice } from "../../store/importPlan";
import { session } from "../../store/session";
import { setImportState, useImportState } from "./importState";

/** Files larger than this are refused before reading (a 20,000-element model is ~25 MB). */
const MAX_FILE_BYTES = 100 * 1024 * 1024;

/**
 * Import: read -> detect and validate (pure, `src/io/import`) -> ask when an id is taken ->
 * store. A failure changes nothing: the open model stays as it is and the dialog says why.
 */
export async function importFiles(files: readonly File[]): Promise<void> {
  const [file] = files;
  if (!file) return;
  if (files.length > 1) {
    editorStore.getState().notify("info", `Importing ${file.name}; drop one file at a time.`);
  }
  if (file.size > MAX_FILE_BYTES) {
    setImportState({
      phase: "failed",
      source: file.name,
      formatLabel: null,
      errors: [
        `The file is ${Math.round(file.size / 1024 / 1024)} MB; ThreatCanvas opens files up to 100 MB.`,
      ],
    });
    return;
  }
  setImportState({ phase: "reading", source: file.name });
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    setImportState({
      phase: "failed",
      source: file.name,
      formatLabel: null,
      errors: [`The file could not be read: ${String(error)}`],
    });
    return;
  }
  await importText(text, file.name);
}

export async function importText(text: string, fileName: string | null): Promise<void> {
  const source = fileName ?? "Pasted model";
  const outcome = defaultImportRegistry.importText(text, fileName);
  await handleOutcome(outcome, source);
}

/** Whether pasted text is a whole document (model or backup) rather than copied elements. */
export function isWholeDocumentText(text: string): boolean {
  if (!/^\s*\{/.test(text)) return false;
  const format = defaultImportRegistry.detect(makeImportSource(text));
  return format !== null && format.id !== "threatcanvas-fragment";
}

async function handleOutcome(outcome: ImportOutcome, source: string): Promise<void> {
  if (!outcome.ok) {
    setImportState({
      phase: "failed",
      source,
      formatLabel: outcome.formatLabel,
      errors: outcome.errors,
    });
    return;
  }
  const storedNames = new Map(session.store.getState().models.map((m) => [m.id, m.name]));
  const conflicts = conflictsOf(outcome.models, new Set(storedNames.keys()));
  if (conflicts.length > 0) {
    setImportState({
      phase: "asking",
      source,
      formatLabel: outcome.formatLabel,
      models: outcome.models,
      notices: outcome.notices,
      conflicts: conflicts.map((m) => storedNames.get(m.id) || m.id),
    });
    return;
  }
  await store(
    outcome.models,
    "copy",
    outcome.notices.map((n) => n.text),
  );
}

/** The person's answer to "a model with this id is already here". */
export async function resolveImport(choice: ConflictChoice | "cancel"): Promise<void> {
  const state = useImportState.getState().state;
  if (state.phase !== "asking") return;
  if (choice === "cancel") {
    setImportState({ phase: "idle" });
    return;
  }
  await store(
    state.models,
    choice,
    state.notices.map((n) => n.text),
  );
}

async function store(
  models: ThreatModel[],
  choice: ConflictChoice,
  notices: string[],
): Promise<void> {
  const result = await session.importModels(models, choice);
  if (!result.ok) {
    setImportState({
      phase: "failed",
      source: "Import",
      formatLabel: null,
      errors: [result.message],
    });
    return;
  }
  setImportState({ phase: "idle" });
  const what =
    result.stored.length === 1
      ? `Imported "${result.stored[0]!.name}".`
      : `Imported ${result.stored.length} models; open them from Models.`;
  const unsaved =
    session.store.getState().phase === "unavailable"
      ? " It is not saved: this browser gives no storage here."
      : "";
  editorStore.getState().notify("info", [what + unsaved, ...notices].join(" "));
}
