import { create } from "zustand";

/**
 * Whether presentation mode is on. In the first bundle (the button and its key need it); all of
 * presentation mode itself loads when it is first started.
 */
export const usePresenting = create<{ presenting: boolean }>()(() => ({ presenting: false }));

/**
 * Start presenting: full screen when the browser allows it (asked here, in the click or key
 * press, as browsers require), and the presentation loads. Without full screen it still runs.
 */
export function startPresenting(): void {
  usePresenting.setState({ presenting: true });
  const root = globalThis.document?.documentElement;
  if (root && !document.fullscreenElement && typeof root.requestFullscreen === "function") {
    root.requestFullscreen().catch(() => {
      // Refused (an iframe, a browser setting): the presentation fills the window instead.
    });
  }
}

export function stopPresenting(): void {
  usePresenting.setState({ presenting: false });
  if (globalThis.document?.fullscreenElement) {
    document.exitFullscreen().catch(() => {
      // Already left (the browser's own Escape).
    });
  }
}

/** A key press meant for a field or a dialog, not for a shortcut. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest("dialog[open]")) return true;
  const tag = target.tagName;
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag !== "INPUT") return false;
  const type = (target as HTMLInputElement).type;
  return type !== "checkbox" && type !== "radio" && type !== "button";
}
