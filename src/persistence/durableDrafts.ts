import { draftKeyPrefixes } from "./unloadDraft";

/**
 * The IndexedDB copy of the unload drafts (see mirroredStorage): every draft write is put there
 * too, asynchronously, at most one transaction at a time, the newest text per key winning. It
 * costs a small write per committed change; it is what survives a killed browser, whose
 * localStorage may not have reached the disk yet.
 */
export interface DraftRows {
  writeDraftRows(rows: ReadonlyMap<string, string | null>): Promise<void>;
  readDraftRows(prefixes: readonly string[]): Promise<Array<[string, string]>>;
}

export class DurableDrafts {
  private readonly pending = new Map<string, string | null>();
  private running: Promise<void> | null = null;

  constructor(private readonly rows: () => DraftRows) {}

  /** Keep `text` under `key` (null: remove it). */
  set(key: string, text: string | null): void {
    this.pending.set(key, text);
    this.running ??= this.drain();
  }

  /** A model's drafts as stored, once the writes asked for so far have landed. */
  async read(modelId: string): Promise<Array<[string, string]>> {
    await this.running;
    try {
      return await this.rows().readDraftRows(draftKeyPrefixes(modelId));
    } catch {
      return [];
    }
  }

  /** Resolves when every write asked for so far has been tried. */
  async settled(): Promise<void> {
    await this.running;
  }

  private async drain(): Promise<void> {
    while (this.pending.size > 0) {
      const batch = new Map(this.pending);
      this.pending.clear();
      try {
        await this.rows().writeDraftRows(batch);
      } catch {
        // Storage full or unavailable: localStorage still has the draft; the save banner says why.
      }
    }
    this.running = null;
  }
}
