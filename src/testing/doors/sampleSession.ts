import { TabSync, type ThreatCanvasDb } from "../../persistence";
import { createEditorStore } from "../../store/editorStore";
import { createSession, type Session } from "../../store/session";

/** A session over `db` with no other tabs, no page lifecycle and no draft storage. */
export interface SampleSession {
  session: Session;
  editor: ReturnType<typeof createEditorStore>;
  db: ThreatCanvasDb;
  /** The id of the sample model the session opened: doors store rows under other keys. */
  homeId: string;
}

/** Starts a session on `db` with the sample open, as the doors that open stored rows need. */
export async function startSampleSession(db: ThreatCanvasDb): Promise<SampleSession> {
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
  return { session, editor, db, homeId };
}

export async function stopSampleSession(state: SampleSession | null): Promise<void> {
  await state?.session.flush();
  state?.db.close();
}
