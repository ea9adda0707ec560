import { lazy, Suspense, useEffect, useId, useRef, useState, type ReactNode } from "react";

export interface MenuSection {
  /** Shown above the items and naming their group for assistive technology. */
  label?: string;
  items: readonly MenuItem[];
}

export interface MenuItem {
  label: string;
  /** Shortcut shown beside the label, e.g. "Ctrl+S". */
  hint?: string;
  disabled?: boolean;
  onSelect(): void;
}

// The list is drawn by its own chunk, fetched on first open (it imports only React).
const MenuList = lazy(() => import("./MenuList").then((m) => ({ default: m.MenuList })));

/**
 * A menu button (WAI-ARIA menu pattern): Enter, Space or ArrowDown opens it on the first item,
 * arrows move (across sections), Home/End jump, Escape closes and gives focus back to the button.
 * Sections are groups with a visible label, separated by a rule.
 */
export function Menu({
  label,
  sections,
  buttonContent,
  align = "start",
}: {
  label: string;
  sections: readonly MenuSection[];
  buttonContent?: ReactNode;
  /** Which edge of the button the list lines up with. */
  align?: "start" | "end";
}) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!listRef.current?.contains(target) && !buttonRef.current?.contains(target))
        setOpen(false);
    };
    window.addEventListener("pointerdown", onPointer);
    return () => window.removeEventListener("pointerdown", onPointer);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  return (
    <div className="tc-menu">
      <button
        ref={buttonRef}
        type="button"
        className="tc-tool"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown" && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {buttonContent ?? label}
      </button>
      {open && (
        <Suspense fallback={null}>
          <MenuList
            id={menuId}
            label={label}
            align={align}
            sections={sections}
            listRef={listRef}
            onClose={close}
          />
        </Suspense>
      )}
    </div>
  );
}
