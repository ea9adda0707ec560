import { useId, useMemo, useState, type KeyboardEvent } from "react";
import type { CatalogId } from "../../engine/catalog/entry";
import { referenceByCode, searchReferences, type ReferenceOption } from "./referenceSearch";

/**
 * A searchable picker of catalog references (by id or name): a combobox with a list of matches,
 * and the chosen ones as removable chips. Stores codes only.
 */
export function ReferencePicker({
  label,
  value,
  onChange,
  filter,
  catalogs,
  placeholder = "Search every catalog by id or name: AML.T0020, LLM01, DASF 9.1, poison…",
}: {
  label: string;
  value: readonly string[];
  onChange(codes: string[]): void;
  filter?: (option: ReferenceOption) => boolean;
  /** Only these catalogs (default: every catalog we ship). */
  catalogs?: readonly CatalogId[];
  placeholder?: string;
}) {
  const uid = useId();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const matches = useMemo(
    () =>
      searchReferences(query, {
        limit: 12,
        ...(catalogs ? { catalogs } : {}),
        filter: (o) => !value.includes(o.code) && (!filter || filter(o)),
      }),
    [query, value, filter, catalogs],
  );
  const open = matches.length > 0;
  const add = (option: ReferenceOption | undefined) => {
    if (!option) return;
    onChange([...value, option.code]);
    setQuery("");
    setActive(0);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" && open) {
      event.preventDefault();
      setActive((a) => Math.min(a + 1, matches.length - 1));
    } else if (event.key === "ArrowUp" && open) {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (open) add(matches[Math.min(active, matches.length - 1)]);
    } else if (event.key === "Escape" && query) {
      event.preventDefault();
      event.stopPropagation();
      setQuery("");
    }
  };
  const listId = `${uid}-list`;
  const optionId = (i: number) => `${uid}-option-${i}`;
  return (
    <div className="tc-picker">
      <label htmlFor={`${uid}-input`}>{label}</label>
      {value.length > 0 && (
        <ul className="tc-picker-chosen" aria-label={`${label}: chosen`}>
          {value.map((code) => {
            const known = referenceByCode(code);
            return (
              <li key={code} className="tc-chip tc-ref-chip">
                <span>{known ? `${code} ${known.name}` : code}</span>
                <button
                  type="button"
                  aria-label={`Remove ${code}`}
                  onClick={() => onChange(value.filter((c) => c !== code))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <input
        id={`${uid}-input`}
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open ? optionId(Math.min(active, matches.length - 1)) : undefined}
        value={query}
        placeholder={placeholder}
        autoComplete="off"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={`${label}: matches`}
        className="tc-picker-list"
        hidden={!open}
      >
        {matches.map((option, i) => (
          <li
            key={option.code}
            id={optionId(i)}
            role="option"
            aria-selected={i === Math.min(active, matches.length - 1)}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => add(option)}
          >
            <span className="tc-picker-code">{option.code}</span> {option.name}
            <span className="tc-muted"> · {option.catalog}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
