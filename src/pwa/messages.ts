/** What the page tells a waiting service worker: "take over now" (the user clicked Reload). */
export const SKIP_WAITING = { type: "threatcanvas:skip-waiting" } as const;

export function isSkipWaitingMessage(data: unknown): boolean {
  return (
    typeof data === "object" &&
    data !== null &&
    (data as { type?: unknown }).type === SKIP_WAITING.type
  );
}
