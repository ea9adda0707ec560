import { useEffect } from "react";
import { editorStore, useEditor } from "../../store/editorStore";

/** Brief messages (why a command was refused, what was pasted). Errors stay until dismissed. */
export function NoticeToast() {
  const notice = useEditor((s) => s.notice);
  useEffect(() => {
    if (!notice || notice.kind === "error") return;
    const timer = setTimeout(() => editorStore.getState().dismissNotice(), 4000);
    return () => clearTimeout(timer);
  }, [notice]);
  if (!notice) return null;
  return (
    <div
      className="tc-notice"
      data-kind={notice.kind}
      role={notice.kind === "error" ? "alert" : "status"}
    >
      <span>{notice.text}</span>
      <button type="button" onClick={() => editorStore.getState().dismissNotice()}>
        Dismiss
      </button>
    </div>
  );
}
