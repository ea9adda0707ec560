import { describe, expect, it } from "vitest";
import { onPageHidden } from "./pageLifecycle";

describe("onPageHidden", () => {
  it("fires on visibilitychange to hidden and on pagehide, until removed", () => {
    const doc = Object.assign(new EventTarget(), {
      visibilityState: "visible" as DocumentVisibilityState,
    });
    const win = new EventTarget();
    let calls = 0;
    const remove = onPageHidden(() => calls++, { document: doc, window: win });

    doc.dispatchEvent(new Event("visibilitychange")); // became visible: ignored
    expect(calls).toBe(0);
    doc.visibilityState = "hidden";
    doc.dispatchEvent(new Event("visibilitychange"));
    win.dispatchEvent(new Event("pagehide"));
    expect(calls).toBe(2);

    remove();
    doc.dispatchEvent(new Event("visibilitychange"));
    win.dispatchEvent(new Event("pagehide"));
    expect(calls).toBe(2);
  });
});
