import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { TriStateSchema, type TriState } from "../../domain/schema";
import { TRI_STATE_LABELS } from "../labels";
import type { FieldRef } from "../../store/pendingEdits";
import {
  afterWrite,
  changedUnder,
  CLEAN,
  edit,
  planCommit,
  recovered,
  revert,
  shownText,
  type DraftState,
} from "./draft";
import { fieldKeyAction } from "./keyboard";
import { usePendingText } from "./pendingField";
import { UI_TEXT } from "./text";
import type { FieldParser } from "./validation";

/** A commit handler: apply the value (one command) and return null, or return why it was refused. */
export type Commit<T> = (value: T) => string | null;

const TRI_STATES: readonly TriState[] = TriStateSchema.options;

export function describedBy(...ids: Array<string | false | null | undefined>): string | undefined {
  const list = ids.filter(Boolean);
  return list.length > 0 ? list.join(" ") : undefined;
}

export function FieldError({ id, message }: { id: string; message: string | null }) {
  if (!message) return null;
  return (
    <p id={id} className="tc-insp-error" role="alert">
      {message}
    </p>
  );
}

export function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="tc-insp-hint">
      {children}
    </p>
  );
}

interface TextFieldProps<T> {
  label: string;
  /** The document's value, as text. */
  value: string;
  parse: FieldParser<T>;
  onCommit: Commit<T>;
  multiline?: boolean;
  /** Visible lines of a multi-line field (it grows with its content where supported). */
  rows?: number;
  number?: { min: number; max: number };
  hint?: string;
  placeholder?: string;
  /** What this field edits, so text typed and not committed is kept by the unload draft. */
  field?: FieldRef;
}

/** How much of the other value a "changed elsewhere" hint quotes. */
const QUOTE_MAX = 80;
const quote = (text: string) =>
  text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text;

/**
 * A text, multi-line or number field that writes to the document only on commit (blur, Enter,
 * Ctrl/Cmd+Enter in a textarea): one edit, one undo entry. Escape puts the document's value back.
 * An invalid value is not written; the typed text stays, with the reason under the field.
 */
export function TextField<T>({
  label,
  value,
  parse,
  onCommit,
  multiline = false,
  rows = 3,
  number,
  hint,
  placeholder,
  field,
}: TextFieldProps<T>) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const underId = `${id}-under`;
  const pending = usePendingText(field, label);
  const [draft, setDraftState] = useState<DraftState>(() =>
    pending.restored ? recovered(pending.restored.text, pending.restored.base) : CLEAN,
  );
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const shown = shownText(draft, value);
  const under = changedUnder(draft, value);

  /** Every draft change is reported, so the unload draft always holds what is typed. */
  const setDraft = (next: DraftState) => {
    setDraftState(next);
    pending.report(next.text, next.base ?? value);
  };

  useEffect(() => {
    // Recovered text: back in its field, cursor at the end, for the user to finish or drop.
    const input = ref.current;
    if (!pending.restored || !input) return;
    input.focus();
    const end = input.value.length;
    if (input.type !== "number") input.setSelectionRange(end, end);
    // Only when the field first shows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** A number input holding text the browser cannot read ("-", "1e") reports its value as "". */
  const unreadable = () => number !== undefined && ref.current?.validity.badInput === true;

  const commit = () => {
    if (unreadable()) {
      setDraft({ text: draft.text ?? "", error: `${label} must be a number` });
      return;
    }
    const plan = planCommit(draft, value, parse);
    if (plan.kind === "write") setDraft(afterWrite(draft, onCommit(plan.value)));
    else setDraft(plan.next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const action = fieldKeyAction(
      {
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        shiftKey: event.shiftKey,
        isComposing: event.nativeEvent.isComposing,
      },
      multiline,
    );
    if (action === "commit") {
      event.preventDefault();
      commit();
    } else if (action === "revert") {
      const dirty = draft.text !== null || draft.error !== null || unreadable();
      if (!dirty) return; // Escape then belongs to the app (e.g. clear the selection).
      event.preventDefault();
      event.stopPropagation();
      if (unreadable() && ref.current) ref.current.value = value;
      setDraft(revert());
    }
  };

  const common = {
    id,
    ref,
    className: "tc-insp-input",
    // Typed text lays out by its own first strong letter (Hebrew, Arabic), isolated from ours.
    dir: "auto",
    value: shown,
    placeholder,
    "aria-invalid": draft.error ? true : undefined,
    "aria-describedby": describedBy(hint && hintId, under && underId, draft.error && errorId),
    onChange: (event: { target: { value: string } }) =>
      setDraft(edit(draft, event.target.value, value)),
    onBlur: commit,
    onKeyDown,
  };

  return (
    <div className="tc-insp-field">
      <label className="tc-insp-label" htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={rows} />
      ) : number ? (
        <input
          {...common}
          type="number"
          inputMode="numeric"
          step={1}
          min={number.min}
          max={number.max}
        />
      ) : (
        <input {...common} type="text" autoComplete="off" spellCheck={false} />
      )}
      {hint ? <FieldHint id={hintId}>{hint}</FieldHint> : null}
      {under ? (
        <p id={underId} className="tc-insp-hint tc-insp-under" role="status">
          {UI_TEXT.changedUnder(quote(value))}
        </p>
      ) : null}
      <FieldError id={errorId} message={draft.error} />
    </div>
  );
}

/** What the engine inferred for a property left unknown, and how to make it an answer. */
export interface InferredValue {
  value: string;
  because: string;
  onConfirm(): void;
}

/** "Inferred: Yes, from the technology “HTTPS”. [Confirm] or choose another answer." */
function InferredNote({
  id,
  inferred,
  label,
}: {
  id: string;
  inferred: InferredValue;
  label: string;
}) {
  return (
    <p id={id} className="tc-insp-inferred">
      Inferred: <strong>{inferred.value}</strong>, <bdi>{inferred.because}</bdi>.{" "}
      <button
        type="button"
        className="tc-insp-confirm"
        aria-label={`Confirm ${label}: ${inferred.value}`}
        onClick={inferred.onConfirm}
      >
        Confirm
      </button>{" "}
      or choose another answer.
    </p>
  );
}

/** Yes / No / Unknown as a radio group named by its legend; a click commits at once. */
export function TriStateField({
  label,
  value,
  onCommit,
  inferred = null,
}: {
  label: string;
  value: TriState;
  onCommit: Commit<TriState>;
  /** Shown while the value is unknown and the engine infers one. */
  inferred?: InferredValue | null;
}) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const note = value === "unknown" ? inferred : null;
  return (
    <fieldset
      className="tc-insp-tri"
      role="radiogroup"
      aria-labelledby={`${id}-legend`}
      aria-describedby={describedBy(error && `${id}-error`, note && `${id}-inferred`)}
    >
      <legend id={`${id}-legend`} className="tc-insp-label">
        {label}
      </legend>
      <div className="tc-insp-tri-options">
        {TRI_STATES.map((option) => (
          <label key={option} className="tc-insp-tri-option" data-value={option}>
            <input
              type="radio"
              name={id}
              value={option}
              checked={value === option}
              onChange={() => setError(onCommit(option))}
            />
            <span>{TRI_STATE_LABELS[option]}</span>
          </label>
        ))}
      </div>
      {note ? <InferredNote id={`${id}-inferred`} inferred={note} label={label} /> : null}
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}

export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

/** A select that commits on change. `groups` add <optgroup>s after the plain options. */
export function SelectField<V extends string>({
  label,
  value,
  options,
  groups = [],
  onCommit,
  inferred = null,
}: {
  label: string;
  value: V;
  options: readonly SelectOption<V>[];
  groups?: ReadonlyArray<{ label: string; options: readonly SelectOption<V>[] }>;
  onCommit: Commit<V>;
  /** Shown while the value is unknown and the engine infers one. */
  inferred?: InferredValue | null;
}) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const note = value === "unknown" ? inferred : null;
  return (
    <div className="tc-insp-field">
      <label className="tc-insp-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="tc-insp-select"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(error && `${id}-error`, note && `${id}-inferred`)}
        onChange={(event) => setError(onCommit(event.target.value as V))}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {note ? <InferredNote id={`${id}-inferred`} inferred={note} label={label} /> : null}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function CheckboxField({
  label,
  checked,
  onCommit,
}: {
  label: string;
  checked: boolean;
  onCommit: Commit<boolean>;
}) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="tc-insp-field tc-insp-check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => setError(onCommit(event.target.checked))}
      />
      <label htmlFor={id}>{label}</label>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
