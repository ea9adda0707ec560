import { useEffect, type RefObject } from "react";

/**
 * Shows a <dialog> as modal while mounted; on unmount, closes it and gives focus back to what had
 * it before (a removed dialog would otherwise leave focus on the page body, and the keys of the
 * list would stop working where the user was).
 */
export function useModal(dialog: RefObject<HTMLDialogElement | null>): void {
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => {
      d?.close();
      if (before?.isConnected && !document.activeElement?.closest("dialog")) before.focus();
    };
  }, [dialog]);
}
