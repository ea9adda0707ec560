import { useId, useRef, useState, type FormEvent } from "react";
import { useModal } from "./useModal";
import { useUserName } from "./userName";

/** The dialog that asks for the name the decision log records (see UserNameDialog). */
export default function NameForm() {
  const dialog = useRef<HTMLDialogElement>(null);
  const current = useUserName((s) => s.name);
  const [name, setName] = useState(current);
  const uid = useId();
  useModal(dialog);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    useUserName.getState().answer(name);
  };
  return (
    <dialog
      ref={dialog}
      className="tc-dialog tc-name-dialog"
      aria-labelledby={`${uid}-title`}
      onCancel={(e) => {
        e.preventDefault();
        useUserName.getState().cancel();
      }}
    >
      <form onSubmit={submit}>
        <h2 id={`${uid}-title`}>Your name for the decision log</h2>
        <p>
          Every status change is logged with who made it. Your name is kept in this browser only,
          and asked once.
        </p>
        <label htmlFor={`${uid}-name`}>Name</label>
        <input
          id={`${uid}-name`}
          type="text"
          value={name}
          maxLength={200}
          autoFocus
          autoComplete="name"
          onChange={(e) => setName(e.target.value)}
        />
        <div className="tc-decision-actions">
          <button type="submit" className="tc-primary" disabled={!name.trim()}>
            Save name
          </button>
          <button type="button" onClick={() => useUserName.getState().answer("")}>
            Continue without a name
          </button>
          <button type="button" onClick={() => useUserName.getState().cancel()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
