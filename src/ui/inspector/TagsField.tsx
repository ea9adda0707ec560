import { useId, useRef, useState, type KeyboardEvent } from "react";
import type { FieldRef } from "../../store/pendingEdits";
import { describedBy, FieldError, FieldHint, type Commit } from "./fields";
import { usePendingText } from "./pendingField";
import { addTags, removeTag, splitTagInput } from "./tags";
import { UI_TEXT } from "./text";

/**
 * Technologies as tags. Enter or comma adds what was typed (pasting "a, b, c" adds three), each
 * tag has its own remove button; leaving the field adds a pending tag rather than losing it.
 */
export function TagsField({
  label,
  tags,
  onCommit,
  field,
}: {
  label: string;
  tags: readonly string[];
  onCommit: Commit<string[]>;
  field?: FieldRef;
}) {
  const id = useId();
  const typed = usePendingText(field, label);
  const [pending, setPendingState] = useState(() => typed.restored?.text ?? "");
  const setPending = (text: string) => {
    setPendingState(text);
    typed.report(text === "" ? null : text, "");
  };
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const add = (pieces: string[], remainder: string) => {
    if (pieces.length === 0) {
      setPending(remainder);
      return;
    }
    const result = addTags(tags, pieces);
    if (!result.ok) {
      setError(result.message);
      return; // Keep the typed text so it can be fixed.
    }
    const refusal = result.changed ? onCommit(result.tags) : null;
    setError(refusal);
    if (refusal === null) setPending(remainder);
  };

  const onChange = (text: string) => {
    if (!text.includes(",")) {
      setPending(text);
      return;
    }
    setPending(text);
    const { tags: pieces, remainder } = splitTagInput(text, false);
    add(pieces, remainder);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === "Enter") {
      event.preventDefault();
      const { tags: pieces } = splitTagInput(pending, true);
      add(pieces, "");
    } else if (event.key === "Escape" && (pending !== "" || error !== null)) {
      event.preventDefault();
      event.stopPropagation();
      setPending("");
      setError(null);
    }
  };

  const onBlur = () => {
    const { tags: pieces } = splitTagInput(pending, true);
    if (pieces.length > 0) add(pieces, "");
  };

  return (
    <div className="tc-insp-field">
      <label className="tc-insp-label" htmlFor={id}>
        {label}
      </label>
      {tags.length > 0 ? (
        <ul className="tc-insp-tags">
          {tags.map((tag, index) => (
            <li key={`${index}:${tag}`} className="tc-insp-tag">
              <span dir="auto">{tag}</span>
              <button
                type="button"
                className="tc-insp-tag-remove"
                aria-label={UI_TEXT.removeTag(tag)}
                title={UI_TEXT.removeTag(tag)}
                onClick={() => {
                  setError(onCommit(removeTag(tags, index)));
                  // The button goes away with its tag; keep keyboard users in the field.
                  inputRef.current?.focus();
                }}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <input
        id={id}
        ref={inputRef}
        type="text"
        dir="auto"
        className="tc-insp-input"
        value={pending}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(`${id}-hint`, error && `${id}-error`)}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      />
      <FieldHint id={`${id}-hint`}>{UI_TEXT.technologiesHint}</FieldHint>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
