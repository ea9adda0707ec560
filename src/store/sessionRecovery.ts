import type { StoreApi } from "zustand/vanilla";
import { applyChanges, type DocumentChanges } from "../domain/changes";
import { checkDocument } from "../domain/documentCheck";
import type { SalvageResult, SetAsideItem } from "../domain/salvage";
import type { ThreatModel } from "../domain/schema";
import {
  discardDraft,
  type DraftStorage,
  type ModelRepository,
  type SetAsideRecord,
  type TypedText,
  type UnloadDraft,
} from "../persistence";
import { commands } from "./commands";
import type { EditorStore } from "./editorStore";
import type { PendingEdits } from "./pendingEdits";

/**
 * Recovery, for the session: unload drafts brought back (silently when they were made on the
 * stored revision, else shown as a conflict), damaged stored models opened with what the loader
 * refuses set aside, and what was set aside kept until the user discards it. Never a dead end,
 * never a silent choice.
 */

/**
 * Salvage runs only for a document the loader refuses (a damaged row, recovered changes that no
 * longer fit): its code loads then, not with the editor.
 */
async function salvage(input: unknown, id: string): Promise<SalvageResult> {
  const { salvageThreatModel } = await import("../domain/salvage");
  return salvageThreatModel(input, { id });
}

/** Changes of a tab that closed before storing them, made on another revision than the stored one. */
export interface RecoveredChanges {
  modelId: string;
  /** The tab that made them. */
  tabId: string;
  baseRevision: number;
  storedRevision: number;
  /** When the draft was last written (ISO time). */
  writtenAt: string;
  changes: DocumentChanges;
  typing: TypedText[];
}

/** A stored model the loader refuses: why, and what opening it repaired would set aside. */
export interface DamagedModel {
  id: string;
  name: string;
  errors: string[];
  revision: number;
  salvage: SalvageResult;
  /** The stored document as it is, for download. */
  raw: unknown;
}

export interface RecoveryState {
  recovered: RecoveredChanges | null;
  damaged: DamagedModel | null;
  setAside: SetAsideRecord | null;
}

export interface RecoveryContext {
  store: StoreApi<RecoveryState & { openModelId: string | null }>;
  editor: EditorStore;
  repository: () => ModelRepository;
  drafts: DraftStorage | null;
  pending: PendingEdits;
  tabId: () => string;
}

/**
 * Bring a document from outside into the editor as one undoable step. One the loader would refuse
 * (recovered changes over a version where an element they need is gone, say) is salvaged: the
 * rest comes in and what does not fit is set aside, stored and listed, never dropped.
 */
export async function bringIn(
  context: RecoveryContext,
  doc: ThreatModel,
  name: string,
): Promise<boolean> {
  const { editor } = context;
  const current = editor.getState().doc;
  if (!current) return false;
  const check = checkDocument(doc, { since: current });
  if (check.ok) return editor.getState().execute(commands.replaceDocument(doc, name));
  const salvaged = await salvage(doc, current.id);
  if (!salvaged.ok) {
    editor.getState().notify("error", `${name} refused: ${salvaged.errors.join("; ")}`);
    return false;
  }
  if (!editor.getState().execute(commands.replaceDocument(salvaged.model, name))) return false;
  await keepSetAside(context, current.id, salvaged.model.name, salvaged.setAside);
  return true;
}

/** Store set-aside items with the model (IndexedDB), and show them. */
async function keepSetAside(
  context: RecoveryContext,
  modelId: string,
  modelName: string,
  items: SetAsideItem[],
): Promise<void> {
  const earlier = context.store.getState().setAside;
  const record: SetAsideRecord = {
    modelId,
    modelName,
    at: new Date().toISOString(),
    items: [...(earlier?.modelId === modelId ? earlier.items : []), ...items],
  };
  context.store.setState({ setAside: record });
  try {
    await context.repository().keepSetAside(record);
  } catch {
    // Still listed here and downloadable; the storage banner says why it is not stored.
  }
}

/** Apply recovered changes over what is open now (one undo step), then forget the draft. */
export async function applyRecovered(context: RecoveryContext): Promise<void> {
  const recovered = context.store.getState().recovered;
  const doc = context.editor.getState().doc;
  if (!recovered || !doc || doc.id !== recovered.modelId) return;
  const merged = applyChanges(doc, recovered.changes);
  if (await bringIn(context, merged, "Apply recovered changes")) {
    discardDraft(context.drafts, recovered.modelId, recovered.tabId);
    context.store.setState({ recovered: null });
  }
}

export function discardRecovered(context: RecoveryContext): void {
  const recovered = context.store.getState().recovered;
  if (!recovered) return;
  discardDraft(context.drafts, recovered.modelId, recovered.tabId);
  context.store.setState({ recovered: null });
}

export function recoveredFrom(draft: UnloadDraft, storedRevision: number): RecoveredChanges {
  return {
    modelId: draft.modelId,
    tabId: draft.tabId,
    baseRevision: draft.baseRevision,
    storedRevision,
    writtenAt: draft.writtenAt,
    changes: draft.changes!,
    typing: draft.typing,
  };
}

/**
 * Put recovered typing back into its fields (uncommitted, as it was left): select what it was
 * typed into so the field shows. Text whose element or flow no longer exists is told, whole.
 */
export function restoreTyping(context: RecoveryContext, typing: readonly TypedText[]): void {
  const { editor, pending } = context;
  const doc = editor.getState().doc;
  if (!doc || typing.length === 0) return;
  const ids = new Set([...doc.elements.map((e) => e.id), ...doc.flows.map((f) => f.id)]);
  const live = typing.filter((t) => t.target.kind === "model" || ids.has(t.target.id));
  const orphans = typing.filter((t) => !live.includes(t));
  if (live.length > 0) {
    pending.restore(doc.id, live);
    // One form shows at a time: the last field typed into wins the selection.
    const last = live[live.length - 1]!;
    editor.getState().select(last.target.kind === "model" ? [] : [last.target.id]);
    const labels = [...new Set(live.map((t) => t.label))].join(", ");
    editor
      .getState()
      .notify(
        "info",
        `Recovered what you were typing in ${labels}. It is not applied yet: press Enter to keep it, Escape to drop it.`,
      );
  }
  if (orphans.length > 0) {
    editor
      .getState()
      .notify(
        "error",
        `Recovered text for something that no longer exists: ${orphans
          .map((t) => `${t.label}: “${t.text}”`)
          .join("; ")}`,
      );
  }
}

/** A damaged stored model: keep why, and what salvage would set aside, for the user. */
export async function damagedModel(loaded: {
  id: string;
  name: string;
  errors: string[];
  revision: number;
  raw: unknown;
}): Promise<DamagedModel> {
  return {
    id: loaded.id,
    name: loaded.name,
    errors: loaded.errors,
    revision: loaded.revision,
    raw: loaded.raw,
    salvage: await salvage(loaded.raw, loaded.id),
  };
}

/**
 * Store the repaired version of a damaged model (what was set aside kept with it, in the same
 * transaction). "conflict": the stored row changed meanwhile (another tab), nothing written. When
 * the repaired model cannot keep the stored id (it could never open under it: longer than ids
 * may be, say), it is stored as a new model, and the damaged row stays as it is.
 */
export async function repairDamaged(
  context: RecoveryContext,
  damaged: DamagedModel,
): Promise<{ outcome: "repaired" | "conflict" | "impossible"; id: string }> {
  if (!damaged.salvage.ok) return { outcome: "impossible", id: damaged.id };
  const { model, setAside } = damaged.salvage;
  if (model.id !== damaged.id) {
    const created = await context.repository().createModel(model);
    const copyId = created.model.id;
    await context.repository().keepSetAside({
      modelId: copyId,
      modelName: created.model.name,
      at: new Date().toISOString(),
      items: setAside,
    });
    return { outcome: "repaired", id: copyId };
  }
  const result = await context
    .repository()
    .repairModel(model, damaged.revision, setAside, { savedBy: context.tabId() });
  if (result.status === "saved") return { outcome: "repaired", id: damaged.id };
  return { outcome: result.status === "conflict" ? "conflict" : "impossible", id: damaged.id };
}

/** JSON text for a download; never throws (a stored value may hold a BigInt). */
export function downloadableJson(value: unknown): string {
  return JSON.stringify(
    value,
    (_key, v: unknown) => (typeof v === "bigint" ? `${v.toString()}n` : v),
    2,
  );
}
