import { useEffect } from "react";
import { describeKindChange } from "../../domain/kindFit";
import { editorStore, useEditor, type Notice } from "../../store/editorStore";
import { kindLabelWord } from "../labels";

/** Kind changes listed in a notice; the rest are counted. */
const MAX_LISTED = 5;

/**
 * Brief messages (why a command was refused, what was pasted). Errors, and notices that list
 * what was changed in the model, stay until dismissed.
 */
export function NoticeToast() {
  const notice = useEditor((s) => s.notice);
  useEffect(() => {
    if (!notice || notice.kind === "error" || (notice.kindChanges ?? []).length > 0) return;
    const timer = setTimeout(() => editorStore.getState().dismissNotice(), 4000);
    return () => clearTimeout(timer);
  }, [notice]);
  if (!notice) return null;
  return <NoticeView notice={notice} onDismiss={() => editorStore.getState().dismissNotice()} />;
}

export function NoticeView({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const changes = notice.kindChanges ?? [];
  const more = changes.length - MAX_LISTED;
  return (
    <div
      className="tc-notice"
      data-kind={notice.kind}
      role={notice.kind === "error" ? "alert" : "status"}
    >
      <div>
        <span>{notice.text}</span>
        {changes.length > 0 && (
          <ul className="tc-notice-list">
            {changes.slice(0, MAX_LISTED).map((change, i) => (
              <li key={i}>{describeKindChange(change, kindLabelWord)}</li>
            ))}
            {more > 0 && <li>… and {more} more</li>}
          </ul>
        )}
      </div>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
