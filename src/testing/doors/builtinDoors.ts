import fc from "fast-check";
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { parseThreatModel, parseThreatModelJson } from "../../domain/document";
import { runAnalyze, EXIT_ERROR, EXIT_OK } from "../../cli/runAnalyze";
import { fakeIo } from "../../cli/testing";
import { createDatabase, ModelRepository, TabSync, type ThreatCanvasDb } from "../../persistence";
import { createEditorStore } from "../../store/editorStore";
import { createSession, type Session } from "../../store/session";
import { registerDoor } from "./doors";
import { asVersion1, validDocument, type JsonObject } from "./documents";
import { cloneMutations, jsonMutations, mutate } from "./mutations";

/** The doors that exist today. Importers and pasted documents register theirs the same way. */

/** Four in five inputs mutated, one in five left valid (accepted inputs must round-trip). */
const mutated = (mutations: typeof jsonMutations) =>
  fc
    .tuple(validDocument, fc.option(mutations, { freq: 4, nil: null }))
    .map(([doc, list]) => (list ? mutate(doc, list) : doc));

/** Damage done to the text itself: a cut, a byte-order mark, junk. */
const textDamage = fc.oneof(
  { weight: 6, arbitrary: fc.constant((text: string) => text) },
  { weight: 1, arbitrary: fc.constant((text: string) => `\ufeff${text}`) },
  {
    weight: 1,
    arbitrary: fc.nat().map((n) => (text: string) => text.slice(0, n % (text.length + 1))),
  },
  {
    weight: 1,
    arbitrary: fc
      .string({ unit: "binary", maxLength: 5 })
      .map((junk) => (text: string) => junk + text),
  },
);

registerDoor({
  name: "native JSON (parseThreatModelJson)",
  ciRuns: 3500,
  inputs: fc
    .tuple(mutated(jsonMutations), textDamage, fc.boolean())
    .map(([doc, damage, pretty]) => damage(JSON.stringify(doc, null, pretty ? 2 : undefined))),
  open: (text) => Promise.resolve(toOutcome(parseThreatModelJson(text))),
});

interface Version1Input {
  doc: Record<string, unknown>;
  stillVersion1: boolean;
}

registerDoor<Version1Input>({
  name: "migrations (version 1 documents)",
  ciRuns: 2500,
  inputs: fc
    .tuple(
      validDocument,
      fc.boolean(),
      fc.option(
        fc.dictionary(
          fc.string({ maxLength: 20 }),
          fc.record({ status: fc.constantFrom("mitigated", "accepted", "open") }),
        ),
        { nil: null },
      ),
      fc.option(jsonMutations, { freq: 3, nil: null }),
    )
    .map(([doc, keepVersion, legacyTriage, list]) => {
      const v1: JsonObject = asVersion1(doc, keepVersion);
      if (legacyTriage) v1.triage = legacyTriage as JsonObject;
      const input = list ? mutate(v1, list) : v1;
      // As a file gives it: through JSON.
      const parsed = JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
      return {
        doc: parsed,
        stillVersion1: parsed.schemaVersion === 1 || parsed.schemaVersion === undefined,
      };
    }),
  open: ({ doc }) => Promise.resolve(toOutcome(parseThreatModel(doc))),
  invariants: ({ doc, stillVersion1 }, outcome) => {
    if (outcome.ok !== true || !stillVersion1) return [];
    const problems: string[] = [];
    // A version 1 file has no decisions: an undocumented `triage` key is kept aside, never used.
    if (Object.keys(outcome.model.triage).length > 0)
      problems.push("a version 1 `triage` key became triage");
    if (
      doc.triage !== undefined &&
      (outcome.model as Record<string, unknown>).legacyTriage === undefined
    ) {
      problems.push("a version 1 `triage` key was lost instead of kept as legacyTriage");
    }
    return problems;
  },
});

registerDoor({
  name: "the CLI (analyze)",
  ciRuns: 1500,
  inputs: fc
    .tuple(mutated(jsonMutations), textDamage)
    .map(([doc, damage]) => damage(JSON.stringify(doc))),
  open(text) {
    const io = fakeIo({ readFile: () => text });
    const code = runAnalyze(["m.json"], io, {
      evaluate: () => ({
        findings: [],
        questions: [],
        byTarget: new Map(),
        questionsBySubject: new Map(),
      }),
    });
    if (code === EXIT_OK) {
      const parsed = parseThreatModelJson(text);
      return Promise.resolve(
        parsed.ok
          ? { ok: true as const, model: parsed.value }
          : { ok: false as const, errors: ["exit 0 for a model the loader refuses"] },
      );
    }
    if (code !== EXIT_ERROR)
      return Promise.resolve({ ok: false as const, errors: [`exit code ${code}`] });
    const lines = io.err.trimEnd().split("\n");
    // A line holding right-to-left text is printed as one isolate (FSI … PDI): unwrap it.
    const unwrap = (l: string) => l.replace(/^\u2068([\s\S]*)\u2069$/, "$1");
    const listed = lines.filter((l) => l.startsWith("  - ")).map((l) => unwrap(l.slice(4)));
    const errors =
      listed.length > 0 ? listed : lines.map((l) => unwrap(l.replace(/^analyze: m\.json is /, "")));
    return Promise.resolve({ ok: false as const, errors });
  },
});

/** A fresh in-memory IndexedDB per door run. */
function memoryDatabase(): ThreatCanvasDb {
  return createDatabase({ name: "fuzz-doors", indexedDB: new IDBFactory(), IDBKeyRange });
}

/** Writes a row as a browser would have stored it; false when it cannot be stored at all. */
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

const rowKey = (doc: Record<string, unknown>) =>
  typeof doc.id === "string" && doc.id.length > 0 ? doc.id : "row";

let repositoryDb: ThreatCanvasDb | null = null;

registerDoor<Record<string, unknown>>({
  name: "IndexedDB rows (repository load)",
  ciRuns: 2000,
  inputs: mutated(cloneMutations),
  setUp: async () => {
    repositoryDb = memoryDatabase();
    await repositoryDb.open();
  },
  tearDown: async () => {
    repositoryDb?.close();
    repositoryDb = null;
  },
  async open(doc) {
    const db = repositoryDb!;
    const key = rowKey(doc);
    if (!(await storeRow(db, key, doc))) return { ok: "skipped", reason: "not storable" };
    const loaded = await new ModelRepository(db).loadModel(key);
    if (loaded.status === "loaded") return { ok: true, model: loaded.model };
    if (loaded.status === "corrupt") return { ok: false, errors: loaded.errors };
    return { ok: false, errors: [`${loaded.status}`] };
  },
});

interface SessionState {
  session: Session;
  editor: ReturnType<typeof createEditorStore>;
  db: ThreatCanvasDb;
  homeId: string;
}
let sessionState: SessionState | null = null;

registerDoor<Record<string, unknown>>({
  name: "IndexedDB rows opened in the editor (session)",
  ciRuns: 500,
  errorsNameFields: false,
  inputs: mutated(cloneMutations),
  async setUp() {
    const db = memoryDatabase();
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
    sessionState = { session, editor, db, homeId };
  },
  async tearDown() {
    await sessionState?.session.flush();
    sessionState?.db.close();
    sessionState = null;
  },
  async open(doc) {
    const { session, editor, db, homeId } = sessionState!;
    const key = rowKey(doc) === homeId ? "row" : rowKey(doc);
    if (!(await storeRow(db, key, doc))) return { ok: "skipped", reason: "not storable" };
    const before = editor.getState().doc;
    const opened = await session.openModel(key);
    const after = editor.getState().doc;
    if (!opened) {
      // A damaged row is not a dead end (see the next door); here it counts as refused.
      const state = session.store.getState();
      const errors = state.listError ? [state.listError] : (state.damaged?.errors ?? []);
      session.dismissDamaged();
      return { ok: false, errors, openModel: { before, after } };
    }
    // Opened: it is the editor's model now; go back to the home model for the next input.
    const model = after!;
    await session.openModel(homeId);
    return { ok: true, model };
  },
});

function toOutcome(result: ReturnType<typeof parseThreatModel>) {
  return result.ok
    ? { ok: true as const, model: result.value }
    : { ok: false as const, errors: result.errors };
}
