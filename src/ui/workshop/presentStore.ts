/**
 * Entering and leaving presentation mode, in the first bundle (the button and its key): full
 * screen is asked for in the click or key press, as browsers require; without it the
 * presentation fills the window.
 */
export function enterFullScreen(): void {
  const root = document.documentElement;
  if (!document.fullscreenElement && typeof root.requestFullscreen === "function") {
    root.requestFullscreen().catch(() => {
      // Refused (an iframe, a browser setting): the presentation fills the window instead.
    });
  }
}

export function leaveFullScreen(): void {
  if (document.fullscreenElement) {
    document.exitFullscreen().catch(() => {
      // Already left (the browser's own Escape).
    });
  }
}

/** A key press meant for a field or a dialog, not for a shortcut. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest("dialog[open]")) return true;
  const tag = target.tagName;
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag !== "INPUT") return false;
  const type = (target as HTMLInputElement).type;
  return type !== "checkbox" && type !== "radio" && type !== "button";
}
