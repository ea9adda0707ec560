import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
} from "react";
import { commands } from "../../store/commands";
import { editorStore, useEditor } from "../../store/editorStore";
import { elementDisplayName } from "../labels";
import { openConnect, useWorkspace } from "../shell/workspaceStore";
import { focusCanvasItem } from "./canvasFocus";
import { connectTargets } from "./connectTargets";

/**
 * "Connect to…": a flow started from the keyboard (C on a selected element). Type to narrow the
 * list, arrows to choose, Enter to draw the flow; the new flow is selected and focus returns to
 * the element it starts from.
 */
export function ConnectDialog() {
  const fromId = useWorkspace((s) => s.connectFrom);
  if (fromId === null) return null;
  return <ConnectDialogBody key={fromId} fromId={fromId} />;
}

function ConnectDialogBody({ fromId }: { fromId: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  const doc = useEditor((s) => s.doc);
  const [query, setQuery] = useState("");
  const [label, setLabel] = useState("");
  const [active, setActive] = useState(0);
  const uid = useId();
  const source = doc?.elements.find((e) => e.id === fromId);
  const targets = useMemo(
    () => (doc ? connectTargets(doc, fromId, query) : []),
    [doc, fromId, query],
  );
  const current = targets[Math.min(active, targets.length - 1)];

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const close = (focusId: string = fromId) => {
    openConnect(null);
    focusCanvasItem(focusId);
  };

  const connect = (targetId: string) => {
    const state = editorStore.getState();
    const ok = state.execute(
      commands.addFlow({
        source: fromId,
        target: targetId,
        ...(label.trim() ? { label: label.trim() } : {}),
      }),
    );
    if (ok) close(editorStore.getState().selection[0] ?? fromId);
  };

  const onListKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((a) =>
        Math.max(0, Math.min(targets.length - 1, Math.min(a, targets.length - 1) + step)),
      );
    } else if (event.key === "Home" && event.ctrlKey) {
      setActive(0);
    } else if (event.key === "End" && event.ctrlKey) {
      setActive(targets.length - 1);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (current) connect(current.id);
  };

  if (!source || !doc) return null;
  const sourceName = elementDisplayName(source);
  const optionId = (id: string) => `${uid}-opt-${id}`;
  return (
    <dialog
      ref={ref}
      className="tc-dialog tc-connect-dialog"
      aria-labelledby={`${uid}-title`}
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      <form className="tc-dialog-body" onSubmit={onSubmit}>
        <h2 id={`${uid}-title`}>Connect {sourceName} to…</h2>
        <div className="tc-field">
          <label htmlFor={`${uid}-query`}>Target element</label>
          <input
            id={`${uid}-query`}
            type="text"
            role="combobox"
            aria-expanded="true"
            aria-controls={`${uid}-list`}
            aria-autocomplete="list"
            aria-activedescendant={current ? optionId(current.id) : undefined}
            autoComplete="off"
            autoFocus
            value={query}
            placeholder="Type a name, type or zone"
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
            }}
            onKeyDown={onListKey}
          />
        </div>
        <ul
          id={`${uid}-list`}
          role="listbox"
          aria-label="Elements to connect to"
          className="tc-connect-list"
        >
          {targets.map((t) => (
            <li
              key={t.id}
              id={optionId(t.id)}
              role="option"
              aria-selected={t.id === current?.id}
              className="tc-connect-option"
              onClick={() => connect(t.id)}
            >
              <span className="tc-connect-name">{t.name}</span>
              <span className="tc-connect-detail">
                {t.detail}
                {t.connected ? " · already connected" : ""}
              </span>
            </li>
          ))}
        </ul>
        {targets.length === 0 && (
          <p className="tc-connect-none" role="status">
            {query ? "No element matches." : "There is no other element to connect to yet."}
          </p>
        )}
        <div className="tc-field">
          <label htmlFor={`${uid}-label`}>Flow label (optional)</label>
          <input
            id={`${uid}-label`}
            type="text"
            value={label}
            maxLength={200}
            placeholder="What data flows, e.g. Prompts"
            onChange={(e) => setLabel(e.target.value)}
          />
        </div>
        <div className="tc-dialog-actions">
          <button type="button" className="tc-button" onClick={() => close()}>
            Cancel
          </button>
          <button type="submit" className="tc-button tc-button-primary" disabled={!current}>
            {current ? `Connect to ${current.name}` : "Connect"}
          </button>
        </div>
      </form>
    </dialog>
  );
}
