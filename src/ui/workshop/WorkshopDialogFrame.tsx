import { useEffect, useId, useRef, type ReactNode } from "react";
import { useWorkshopUi } from "./workshopUi";

/**
 * A modal dialog of presentation mode (agenda, session record, what-if): the native dialog
 * element (focus kept inside, Escape closes), titled, with a Close button.
 */
export function WorkshopDialogFrame({
  title,
  children,
  wide,
}: {
  title: string;
  children: ReactNode;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const uid = useId();
  const close = () => useWorkshopUi.getState().setDialog(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`tc-ws-dialog${wide ? " is-wide" : ""}`}
      aria-labelledby={`${uid}-title`}
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      <header className="tc-ws-dialog-head">
        <h2 id={`${uid}-title`}>{title}</h2>
        <button type="button" onClick={close}>
          Close
        </button>
      </header>
      <div className="tc-ws-dialog-body">{children}</div>
    </dialog>
  );
}
