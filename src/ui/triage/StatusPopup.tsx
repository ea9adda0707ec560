import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type RefObject,
} from "react";
import { TRIAGE_STATUSES, type TriageStatus } from "../../domain/decisions";
import { STATUS_LABELS } from "../../domain/triage/labels";
import type { Finding } from "../../engine/types";
import { chooseStatus } from "./actions";
import { EDIT_KEY, STATUS_KEYS } from "./statusKeys";
import { useTriageView } from "./triageView";

/** The open menu of a finding's status button (see StatusMenu), loaded on its first opening. */
export default function StatusPopup({
  finding,
  status,
  menuId,
  button,
  onClose,
}: {
  finding: Finding;
  status: TriageStatus;
  menuId: string;
  button: RefObject<HTMLButtonElement | null>;
  onClose(refocus: boolean): void;
}) {
  const [place, setPlace] = useState<CSSProperties | null>(null);
  const menu = useRef<HTMLUListElement>(null);

  // Fixed to the viewport, so the list's scrolling box never cuts the menu off; below the button,
  // or above it when the window has no room below; it follows the button when the list scrolls.
  useLayoutEffect(() => {
    const reposition = () => {
      const at = button.current?.getBoundingClientRect();
      if (!at) return;
      const height = menu.current?.offsetHeight ?? 0;
      const right = Math.max(8, window.innerWidth - at.right);
      setPlace(
        at.bottom + 4 + height > window.innerHeight && at.top - 4 - height > 0
          ? { right, bottom: window.innerHeight - at.top + 4 }
          : { right, top: at.bottom + 4 },
      );
    };
    reposition();
    window.addEventListener("resize", reposition);
    document.addEventListener("scroll", reposition, { capture: true, passive: true });
    return () => {
      window.removeEventListener("resize", reposition);
      document.removeEventListener("scroll", reposition, { capture: true });
    };
  }, [button]);

  useEffect(() => {
    if (!place) return;
    const current = menu.current?.querySelector<HTMLElement>('[aria-checked="true"]');
    (current ?? menu.current?.querySelector<HTMLElement>("button"))?.focus({ preventScroll: true });
    // Once, when the menu opens (not each time it moves).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [place === null]);

  const close = onClose;
  const choose = (next: TriageStatus) => {
    close(true);
    chooseStatus(finding, next);
  };
  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>("button") ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      event.stopPropagation();
      const step = event.key === "ArrowDown" ? 1 : -1;
      items[(at + step + items.length) % items.length]?.focus();
    } else if (event.key === "Home" || event.key === "End") {
      event.preventDefault();
      items[event.key === "Home" ? 0 : items.length - 1]?.focus();
    } else if (event.key === "Tab") {
      close(false);
    }
  };

  return (
    <ul
      ref={menu}
      id={menuId}
      className="tc-status-popup"
      style={place ?? { visibility: "hidden", top: 0, right: 0 }}
      role="menu"
      aria-label={`Set the status of: ${finding.title}`}
      onKeyDown={onMenuKey}
    >
      {TRIAGE_STATUSES.map((s) => (
        <li key={s} role="none">
          <button
            type="button"
            role="menuitemradio"
            aria-checked={s === status}
            aria-keyshortcuts={STATUS_KEYS[s].toUpperCase()}
            onClick={() => choose(s)}
          >
            <span>
              <span className="tc-menu-check" aria-hidden="true">
                {s === status ? "✓" : ""}
              </span>
              {STATUS_LABELS[s]}
            </span>
            <kbd aria-hidden="true">{STATUS_KEYS[s].toUpperCase()}</kbd>
          </button>
        </li>
      ))}
      <li role="separator" />
      <li role="none">
        <button
          type="button"
          role="menuitem"
          aria-keyshortcuts={EDIT_KEY.toUpperCase()}
          onClick={() => {
            close(false);
            useTriageView.getState().edit(finding.id);
          }}
        >
          <span>Decision, score, mitigations…</span>
          <kbd aria-hidden="true">{EDIT_KEY.toUpperCase()}</kbd>
        </button>
      </li>
    </ul>
  );
}
