import { checkDocument } from "../../src/domain/documentCheck";
import { salvageThreatModel } from "../../src/domain/salvage";
import type { ThreatModel } from "../../src/domain/schema";
import { randomModel } from "../../src/engine/testing/randomModel";
import { writeChangesDraft, type DraftStorage } from "../../src/persistence/unloadDraft";
import { emptyHistory, record, type History } from "../../src/store/history";
import { rebaseHistory } from "../../src/store/rebase";

/**
 * What keeping data safe costs, per model size: checking a document before it is kept (in full,
 * and only what an edit or a paste changed, as the save path and paste do), keeping the unload
 * draft on a committed change (diff + JSON + storage write; and, for comparison, the whole
 * document as before), following another tab's save with undo history kept, and salvage.
 * Runs the same in Node and in the browser (see ../persistence.bench.ts).
 */

export interface Row {
  elements: number;
  what: string;
  medianMs: number;
  p95Ms: number;
  note: string;
}

function time(runs: number, run: (i: number) => void): { median: number; p95: number } {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

const rename = (doc: ThreatModel, index: number, name: string): ThreatModel => {
  const elements = doc.elements.slice();
  elements[index] = { ...elements[index]!, name };
  return { ...doc, elements };
};

export function memoryStorage(): DraftStorage {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
    key: (i) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
}

export function measure(sizes: readonly number[], storage: DraftStorage): Row[] {
  const rows: Row[] = [];
  for (const n of sizes) {
    const doc = randomModel(n, 3);
    const runs = n >= 5000 ? 15 : 40;
    const add = (what: string, t: { median: number; p95: number }, note = "") =>
      rows.push({ elements: n, what, medianMs: t.median, p95Ms: t.p95, note });

    add(
      "check, full (loader)",
      time(runs, () => checkDocument(doc)),
    );
    const edits = Array.from({ length: runs }, (_, i) => rename(doc, (i * 7) % n, `Edit ${i}`));
    add(
      "check before a save (one element edited)",
      time(runs, (i) => checkDocument(edits[i]!, { since: doc })),
    );
    const pasted = {
      ...doc,
      elements: [
        ...doc.elements,
        ...doc.elements.slice(0, 50).map((e, i) => ({ ...e, id: `pasted-${i}`, parentId: null })),
      ],
    };
    add(
      "check a paste of 50 elements",
      time(runs, () => checkDocument(pasted, { since: doc })),
    );

    let chars = 0;
    add(
      "unload draft per committed change",
      time(runs, (i) => {
        writeChangesDraft(storage, "bench", doc, 1, edits[i]!);
        chars = storage.getItem(storage.key(0) ?? "")?.length ?? 0;
      }),
      `${chars.toLocaleString("en-US")} chars`,
    );
    storage.removeItem("threatcanvas:draft:bench:bench");
    const whole = JSON.stringify({ baseRevision: 1, model: doc });
    const wholeTime = time(Math.min(runs, 10), () => {
      const text = JSON.stringify({ baseRevision: 1, model: edits[0] });
      if (text.length <= 2_000_000) storage.setItem("bench:whole", text);
    });
    storage.removeItem("bench:whole");
    add(
      "  (before: whole document per draft)",
      wholeTime,
      `${whole.length.toLocaleString("en-US")} chars${whole.length > 2_000_000 ? ", over the 2M cap: never written" : ""}`,
    );

    let history: History = emptyHistory;
    let current = doc;
    for (let i = 0; i < 100; i++) {
      const next = rename(current, (i * 13) % n, `Step ${i}`);
      history = record(history, {
        name: "Edit",
        before: current,
        after: next,
        selectionBefore: [],
        selectionAfter: [],
      });
      current = next;
    }
    const remote = rename(structuredClone(current), n - 1, "Theirs");
    add(
      "another tab's save, 100 undo steps kept",
      time(Math.min(runs, 10), () => rebaseHistory(history, remote)),
    );

    const damaged = structuredClone(doc) as unknown as { elements: Array<{ parentId: unknown }> };
    damaged.elements[n - 1]!.parentId = "flow-0";
    add(
      "salvage (one bad parent)",
      time(Math.min(runs, 5), () => salvageThreatModel(damaged)),
    );
  }
  return rows;
}

export function printRows(title: string, rows: readonly Row[]): void {
  console.log(`\n${title}`);
  console.log(
    `${"elements".padStart(8)}  ${"what".padEnd(44)}  ${"median".padStart(9)}  ${"p95".padStart(9)}  note`,
  );
  for (const r of rows) {
    console.log(
      `${String(r.elements).padStart(8)}  ${r.what.padEnd(44)}  ${r.medianMs.toFixed(2).padStart(6)} ms  ${r.p95Ms.toFixed(2).padStart(6)} ms  ${r.note}`,
    );
  }
}
