import { useEffect, type RefObject } from "react";

const ITEM = ".tc-tool";

function items(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(ITEM)].filter(
    (el) => !(el as HTMLButtonElement).disabled && el.closest("[hidden]") === null,
  );
}

/**
 * A toolbar is one Tab stop (WAI-ARIA toolbar pattern): Left / Right / Home / End move between
 * its `.tc-tool` controls, and Tab leaves. Works on the DOM, so controls other parts of the app
 * add to the toolbar (an Export menu) take part without knowing about it.
 */
export function useRovingToolbar(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    let current: HTMLElement | null = null;
    const sync = () => {
      const list = items(root);
      if (!current || !list.includes(current)) current = list[0] ?? null;
      for (const el of root.querySelectorAll<HTMLElement>(ITEM)) {
        el.tabIndex = el === current ? 0 : -1;
      }
    };
    const onFocusIn = (event: FocusEvent) => {
      const target = (event.target as HTMLElement).closest<HTMLElement>(ITEM);
      if (target && root.contains(target)) {
        current = target;
        sync();
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const target = (event.target as HTMLElement).closest<HTMLElement>(ITEM);
      if (
        !target ||
        (target.tagName === "SELECT" && (event.key === "ArrowUp" || event.key === "ArrowDown"))
      )
        return;
      const list = items(root);
      const at = list.indexOf(target);
      if (at < 0) return;
      let next = -1;
      if (event.key === "ArrowRight") next = (at + 1) % list.length;
      else if (event.key === "ArrowLeft") next = (at - 1 + list.length) % list.length;
      else if (event.key === "Home") next = 0;
      else if (event.key === "End") next = list.length - 1;
      if (next < 0) return;
      event.preventDefault();
      event.stopPropagation();
      list[next]!.focus();
    };
    sync();
    const observer = new MutationObserver(sync);
    observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ["disabled", "hidden"],
    });
    root.addEventListener("focusin", onFocusIn);
    root.addEventListener("keydown", onKeyDown);
    return () => {
      observer.disconnect();
      root.removeEventListener("focusin", onFocusIn);
      root.removeEventListener("keydown", onKeyDown);
    };
  }, [ref]);
}
