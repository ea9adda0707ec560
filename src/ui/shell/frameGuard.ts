/**
 * Is this page shown inside a frame of another origin? The servers send
 * `frame-ancestors 'none'`, but a static host may not: then this check, run before the app
 * starts, keeps the app from running (and its buttons from being overlaid) inside another
 * site's page. Reading `top.location` across origins throws, and so it does from a sandboxed
 * frame with an opaque origin: both count as foreign.
 */
export interface FrameView {
  self: unknown;
  top: { location: { origin: string } } | null;
  location: { origin: string };
}

export function isFramedByAnotherOrigin(win: FrameView): boolean {
  if (win.top === null || win.top === win.self) return false;
  try {
    return win.top.location.origin !== win.location.origin;
  } catch {
    return true;
  }
}
