import { Fragment, useEffect, type KeyboardEvent, type RefObject } from "react";
import type { MenuSection } from "./Menu";

/** The open list of a Menu: its sections and items, keyboard moves, focus on the first item. */
export function MenuList({
  id,
  label,
  align,
  sections,
  listRef,
  onClose,
}: {
  id: string;
  label: string;
  align: "start" | "end";
  sections: readonly MenuSection[];
  listRef: RefObject<HTMLDivElement | null>;
  onClose: (refocus: boolean) => void;
}) {
  useEffect(() => {
    listRef.current?.querySelector<HTMLButtonElement>("[role=menuitem]:not([disabled])")?.focus();
  }, [listRef]);

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
    else if (event.key === "Escape") onClose(true);
    else if (event.key === "Tab") onClose(false);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div
      ref={listRef}
      id={id}
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
            aria-labelledby={section.label ? `${id}-${index}` : undefined}
            className="tc-menu-group"
          >
            {section.label && (
              <div id={`${id}-${index}`} className="tc-menu-heading">
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
                  onClose(true);
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
  );
}
