/**
 * Run `callback` when the page may be about to disappear: the tab is hidden (the last moment that
 * is reliable on mobile, where a hidden tab can be killed without further events) or the page is
 * left (pagehide also covers the back/forward cache). Typical use: `() => void autosave.flush()`.
 * Returns the function that removes the listeners.
 */
export function onPageHidden(
  callback: () => void,
  targets: {
    document: Pick<Document, "addEventListener" | "removeEventListener" | "visibilityState">;
    window: Pick<Window, "addEventListener" | "removeEventListener">;
  } = { document, window },
): () => void {
  const onVisibility = () => {
    if (targets.document.visibilityState === "hidden") callback();
  };
  targets.document.addEventListener("visibilitychange", onVisibility);
  targets.window.addEventListener("pagehide", callback);
  return () => {
    targets.document.removeEventListener("visibilitychange", onVisibility);
    targets.window.removeEventListener("pagehide", callback);
  };
}
