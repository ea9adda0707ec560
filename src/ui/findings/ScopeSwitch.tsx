import { useId } from "react";
import type { ThreatScope } from "../shell/layoutPrefs";
import { setPrefs, usePrefs } from "../shell/prefsStore";

/**
 * Whole model or the selection: what the Threats, Questions and Summary tabs count and list. One
 * choice for the three tabs, said on each and made by the user, never switched behind their back.
 */
export function ScopeSwitch({
  selectionLabel,
  onScope,
}: {
  /** The selected items' names while the scope is the selection, null when nothing is. */
  selectionLabel: string | null;
  /** Called after the scope changed (the Threats tab resets its paging). */
  onScope?(scope: ThreatScope): void;
}) {
  const scope = usePrefs((s) => s.threatScope);
  const name = useId();
  const options: Array<[ThreatScope, string]> = [
    ["model", "Whole model"],
    ["selection", "Selection"],
  ];
  return (
    <div className="tc-segmented tc-scope" role="radiogroup" aria-label="Threats of">
      {options.map(([value, label]) => (
        <label key={value} className="tc-segment" data-checked={scope === value}>
          <input
            type="radio"
            name={name}
            value={value}
            checked={scope === value}
            onChange={() => {
              setPrefs({ threatScope: value });
              onScope?.(value);
            }}
          />
          {label}
        </label>
      ))}
      {scope === "selection" && selectionLabel === null && (
        <span className="tc-scope-hint">Select an element or flow on the canvas</span>
      )}
    </div>
  );
}
