import { describe, expect, it } from "vitest";
import { fieldKeyAction, keepKeyInField, type KeyLike } from "./keyboard";

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe("fieldKeyAction", () => {
  it("commits single-line fields on Enter", () => {
    expect(fieldKeyAction(key("Enter"), false)).toBe("commit");
    expect(fieldKeyAction(key("Enter", { ctrlKey: true }), false)).toBe("commit");
  });

  it("keeps Enter as a newline in textareas; Ctrl/Cmd+Enter commits", () => {
    expect(fieldKeyAction(key("Enter"), true)).toBeNull();
    expect(fieldKeyAction(key("Enter", { shiftKey: true }), true)).toBeNull();
    expect(fieldKeyAction(key("Enter", { ctrlKey: true }), true)).toBe("commit");
    expect(fieldKeyAction(key("Enter", { metaKey: true }), true)).toBe("commit");
  });

  it("reverts on Escape", () => {
    expect(fieldKeyAction(key("Escape"), false)).toBe("revert");
    expect(fieldKeyAction(key("Escape"), true)).toBe("revert");
  });

  it("ignores Enter that confirms an IME composition", () => {
    expect(fieldKeyAction(key("Enter", { isComposing: true }), false)).toBeNull();
  });

  it("ignores other keys", () => {
    expect(fieldKeyAction(key("a"), false)).toBeNull();
  });
});

describe("keepKeyInField", () => {
  it("keeps typing and caret keys away from canvas shortcuts", () => {
    for (const k of ["Delete", "Backspace", "ArrowLeft", "ArrowUp", "a", " ", "Enter", "Home"]) {
      expect(keepKeyInField(key(k))).toBe(true);
    }
  });

  it("keeps text-editing combos (undo typing, select all, copy, paste, duplicate)", () => {
    for (const k of ["z", "Z", "y", "a", "c", "v", "x", "d"]) {
      expect(keepKeyInField(key(k, { ctrlKey: true }))).toBe(true);
      expect(keepKeyInField(key(k, { metaKey: true, shiftKey: true }))).toBe(true);
    }
  });

  it("lets app-wide combos, Escape, Tab and F-keys through", () => {
    expect(keepKeyInField(key("s", { ctrlKey: true }))).toBe(false);
    expect(keepKeyInField(key("k", { metaKey: true }))).toBe(false);
    expect(keepKeyInField(key("Escape"))).toBe(false);
    expect(keepKeyInField(key("Tab"))).toBe(false);
    expect(keepKeyInField(key("F1"))).toBe(false);
  });
});
