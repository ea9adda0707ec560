import { useEffect, useRef } from "react";
import { SHORTCUT_GROUPS } from "./keyboardHelp";
import { setShortcutsOpen, useWorkspace } from "./workspaceStore";

/** The list of keyboard shortcuts ("?" or the top bar's Keys button). */
export function ShortcutsDialog() {
  const open = useWorkspace((s) => s.shortcutsOpen);
  if (!open) return null;
  return <ShortcutsDialogBody />;
}

function ShortcutsDialogBody() {
  const ref = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<Element | null>(null);
  useEffect(() => {
    returnTo.current = document.activeElement;
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (returnTo.current instanceof HTMLElement) returnTo.current.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="tc-dialog"
      aria-labelledby="tc-shortcuts-title"
      onClose={() => setShortcutsOpen(false)}
    >
      <div className="tc-dialog-body">
        <div className="tc-dialog-head">
          <h2 id="tc-shortcuts-title">Keyboard shortcuts</h2>
          <button type="button" className="tc-button" onClick={() => ref.current?.close()}>
            Close
          </button>
        </div>
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group.title} className="tc-shortcuts-group">
            <h3>{group.title}</h3>
            <dl className="tc-shortcuts">
              {group.keys.map(([keys, what]) => (
                <div key={`${keys}:${what}`}>
                  <dt>
                    <kbd>{keys}</kbd>
                  </dt>
                  <dd>{what}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </dialog>
  );
}
