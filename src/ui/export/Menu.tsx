import {
  Fragment,
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from "react";

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
    listRef.current?.querySelector<HTMLButtonElement>("[role=menuitem]:not([disabled])")?.focus();
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

  const onMenuKey = (event: KeyboardEvent) => {
    const enabled = [
      ...(listRef.current?.querySelectorAll<HTMLButtonElement>("[role=menuitem]:not([disabled])") ??
        []),
    ];
    const index = enabled.indexOf(document.activeElement as HTMLButtonElement);
    const focus = (i: number) => enabled[(i + enabled.length) % enabled.length]?.focus();
    if (event.key === "ArrowDown") focus(index + 1);
    else if (event.key === "ArrowUp") focus(index - 1);
    else if (event.key === "Home") focus(0);
    else if (event.key === "End") focus(enabled.length - 1);
    else if (event.key === "Escape") close(true);
    else if (event.key === "Tab") close(false);
    else return;
    event.preventDefault();
    event.stopPropagation();
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
        <div
          ref={listRef}
          id={menuId}
          role="menu"
          aria-label={label}
          className={`tc-menu-list tc-menu-${align}`}
          onKeyDown={onMenuKey}
        >
          {sections.map((section, index) => (
            <Fragment key={section.label ?? `section-${index}`}>
              {index > 0 && <div role="separator" className="tc-menu-separator" />}
              <div
                role="group"
                aria-labelledby={section.label ? `${menuId}-${index}` : undefined}
                className="tc-menu-group"
              >
                {section.label && (
                  <div id={`${menuId}-${index}`} className="tc-menu-heading">
                    {section.label}
                  </div>
                )}
                {section.items.map((item) => (
                  <button
                    key={item.label}
                    type="button"
                    role="menuitem"
                    className="tc-menu-item"
                    disabled={item.disabled}
                    onClick={() => {
                      close(true);
                      item.onSelect();
                    }}
                  >
                    <span>{item.label}</span>
                    {item.hint && <kbd className="tc-menu-hint">{item.hint}</kbd>}
                  </button>
                ))}
              </div>
            </Fragment>
          ))}
        </div>
      )}
    </div>
  );
}
