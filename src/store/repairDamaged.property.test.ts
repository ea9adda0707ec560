import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TabSync, type ThreatCanvasDb } from "../persistence";
import { freshStorage, openTab } from "../persistence/testSupport";
import { validDocument } from "../testing/doors/documents";
import type { Door } from "../testing/doors/doors";
import { runDoor } from "../testing/doors/harness";
import { cloneMutations, mutate } from "../testing/doors/mutations";
import { createEditorStore } from "./editorStore";
import { createSession, type Session } from "./session";

/**
 * Issue 11, item 1: a stored model the loader refuses is never a dead end. IndexedDB rows made
 * from generated documents, most of them mutated (the door harness's generators and laws: no
 * throw, the open model untouched on refusal, what opens reopens unchanged), are opened through
 * the session; a refused one is opened with what the loader refuses set aside, and that always
 * opens — unless the row cannot be a model at all (not an object, a newer schema version).
 */
const RUNS = Number(process.env.FC_RUNS ?? 500);

interface Setup {
  session: Session;
  editor: ReturnType<typeof createEditorStore>;
  db: ThreatCanvasDb;
  homeId: string;
}
let setup: Setup | null = null;

async function storeRow(db: ThreatCanvasDb, key: string, doc: unknown): Promise<boolean> {
  try {
    await db.transaction("rw", db.models, db.documents, async () => {
      await db.documents.put({ id: key, doc });
      await db.models.put({
        id: key,
        name: "stored",
        description: "",
        owner: "",
        createdAt: "2025-01-01T00:00:00.000Z",
        updatedAt: "2025-01-01T00:00:00.000Z",
        revision: 1,
        elementCount: 0,
        flowCount: 0,
      });
    });
    return true;
  } catch {
    return false;
  }
}

const CANNOT_BE_A_MODEL = /JSON object|schemaVersion|newer than/;

const repairDoor: Door<Record<string, unknown>> = {
  name: "damaged IndexedDB rows opened repaired (session)",
  ciRuns: RUNS,
  errorsNameFields: false,
  inputs: fc
    .tuple(validDocument, fc.option(cloneMutations, { freq: 4, nil: null }))
    .map(([doc, list]) => (list ? mutate(doc, list) : doc)),
  async setUp() {
    const db = openTab(freshStorage());
    const editor = createEditorStore();
    const session = createSession({
      db,
      editor,
      tabSync: new TabSync({ channelFactory: () => null }),
      watchPageLifecycle: false,
      draftStorage: null,
    });
    await session.start();
    await session.createSampleModel();
    const homeId = editor.getState().doc?.id;
    if (!homeId) throw new Error("the session did not open its sample");
    setup = { session, editor, db, homeId };
  },
  async tearDown() {
    await setup?.session.flush();
    setup?.db.close();
    setup = null;
  },
  async open(doc) {
    const { session, editor, db, homeId } = setup!;
    const id = typeof doc.id === "string" && doc.id.length > 0 ? doc.id : "row";
    const key = id === homeId ? "row" : id;
    if (!(await storeRow(db, key, doc))) return { ok: "skipped", reason: "not storable" };
    const before = editor.getState().doc;
    let opened = await session.openModel(key);
    if (!opened && session.store.getState().damaged?.salvage.ok) {
      opened = await session.openRepaired(key);
    }
    const after = editor.getState().doc;
    if (!opened) {
      const damaged = session.store.getState().damaged;
      const errors = damaged && !damaged.salvage.ok ? damaged.salvage.errors : ["did not open"];
      session.dismissDamaged();
      return { ok: false, errors, openModel: { before, after } };
    }
    await session.openModel(homeId);
    return { ok: true, model: after! };
  },
  invariants(_input, outcome) {
    if (outcome.ok !== false) return [];
    return outcome.errors.some((e) => CANNOT_BE_A_MODEL.test(e))
      ? []
      : [`a damaged row stayed closed: ${outcome.errors.join("; ").slice(0, 200)}`];
  },
};

describe("damaged stored models (issue 11, item 1)", () => {
  it(`always open repaired (${RUNS} rows)`, async () => {
    const run = await runDoor(repairDoor, RUNS);
    // The generators reach damaged rows: most inputs are mutated.
    expect(run.accepted).toBeGreaterThan(run.runs * 0.5);
  }, 300_000);
});
