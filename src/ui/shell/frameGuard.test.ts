import { describe, expect, it } from "vitest";
import { isFramedByAnotherOrigin, type FrameView } from "./frameGuard";

const here = { origin: "http://127.0.0.1:4173" };

describe("isFramedByAnotherOrigin", () => {
  it("is false in a tab of its own", () => {
    const win: FrameView = { self: null, top: null, location: here };
    win.self = win;
    win.top = win;
    expect(isFramedByAnotherOrigin(win)).toBe(false);
  });

  it("is false in a frame of the same origin", () => {
    const top = { location: { origin: here.origin } };
    expect(isFramedByAnotherOrigin({ self: {}, top, location: here })).toBe(false);
  });

  it("is true in a frame of another origin, or when the top cannot be read", () => {
    const other = { location: { origin: "https://evil.example" } };
    expect(isFramedByAnotherOrigin({ self: {}, top: other, location: here })).toBe(true);
    const sealed = {
      get location(): { origin: string } {
        throw new DOMException("Blocked a frame with origin", "SecurityError");
      },
    };
    expect(isFramedByAnotherOrigin({ self: {}, top: sealed, location: here })).toBe(true);
  });
});
