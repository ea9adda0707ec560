import { lazy, Suspense } from "react";
import { editorStore } from "../../store/editorStore";
import { session, useSession } from "../../store/session";
import { exportOpenModelJson } from "../export/exportActions";

/** Recovery is rare: its banners (and the words that describe changes) load when one is due. */
const RecoveryBanners = lazy(() =>
  import("./RecoveryBanners").then((m) => ({ default: m.RecoveryBanners })),
);

function RecoverySlot() {
  const due = useSession(
    (s) => s.damaged !== null || s.recovered !== null || (s.setAside?.items.length ?? 0) > 0,
  );
  if (!due) return null;
  return (
    <Suspense fallback={null}>
      <RecoveryBanners />
    </Suspense>
  );
}

/**
 * Problems with saving, said plainly with a way out: storage unavailable or full, a conflict
 * with another tab, the model open in another tab; and recovery (see RecoveryBanners).
 */
export function SessionBanner() {
  return (
    <div className="tc-banners">
      <RecoverySlot />
      <SaveBanner />
    </div>
  );
}

function SaveBanner() {
  const phase = useSession((s) => s.phase);
  const storageMessage = useSession((s) => s.storageMessage);
  const save = useSession((s) => s.save);
  const otherTabs = useSession((s) => s.otherTabs);
  const changedElsewhere = useSession((s) => s.changedElsewhere);

  if (phase === "unavailable") {
    return (
      <div className="tc-banner" data-kind="error" role="alert">
        <strong>Your work is not being saved.</strong>
        <span>
          {storageMessage ?? "This browser does not allow storage here."} You can keep working;
          export your model before closing the tab.
        </span>
        <button type="button" onClick={exportOpenModelJson}>
          Export model (JSON)
        </button>
      </div>
    );
  }
  if (save?.state === "conflict" || changedElsewhere) {
    return (
      <div className="tc-banner" data-kind="error" role="alert">
        <strong>This model was changed in another tab.</strong>
        <span>Your latest changes are kept here but not saved yet.</span>
        <button type="button" onClick={() => void session.resolveConflict("overwrite")}>
          Keep mine
        </button>
        <button
          type="button"
          onClick={() =>
            void (save?.state === "conflict"
              ? session.resolveConflict("reload")
              : session.reloadFromStorage())
          }
        >
          Load theirs
        </button>
      </div>
    );
  }
  if (save?.state === "failed") {
    return (
      <div className="tc-banner" data-kind="error" role="alert">
        <strong>Saving failed.</strong>
        {save.errorKind === "invalid" ? (
          <>
            <span>{save.message}</span>
            <button type="button" onClick={() => editorStore.getState().undo()}>
              Undo the last change
            </button>
          </>
        ) : (
          <>
            <span>{save.message} Your changes are kept in this tab and will be retried.</span>
            <button type="button" onClick={() => void session.flush()}>
              Retry now
            </button>
          </>
        )}
      </div>
    );
  }
  if (otherTabs > 0) {
    return (
      <div className="tc-banner" role="status">
        This model is also open in another tab. Edits made there show here as they are saved; what
        you are typing is kept.
      </div>
    );
  }
  return null;
}
