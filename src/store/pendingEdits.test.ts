import { describe, expect, it } from "vitest";
import { createPendingEdits, fieldKey } from "./pendingEdits";

const name = { target: { kind: "element" as const, id: "a" }, field: "name" };
const edit = (text: string) => ({ ...name, modelId: "m", label: "Name", text, base: "A" });

describe("pending edits", () => {
  it("hold what each field has typed, per model, and tell the session", () => {
    const pending = createPendingEdits();
    let calls = 0;
    pending.subscribe(() => calls++);
    pending.set(edit("Ab"));
    pending.set(edit("Abc"));
    expect(pending.of("m").map((e) => e.text)).toEqual(["Abc"]);
    expect(pending.of("other")).toEqual([]);
    expect(pending.isEditing("m", "a")).toBe(true);
    pending.clear(name);
    pending.clear(name);
    expect(pending.of("m")).toEqual([]);
    expect(calls).toBe(3);
    expect(fieldKey(name)).not.toBe(fieldKey({ target: { kind: "model" }, field: "name" }));
  });

  it("give recovered text to its field until it commits or reverts, and keep it pending", () => {
    const pending = createPendingEdits();
    pending.restore("m", [{ ...name, label: "Name", text: "Recovered", base: "A" }]);
    expect(pending.of("m").map((e) => e.text)).toEqual(["Recovered"]);
    expect(pending.peekRestored("m", name)?.text).toBe("Recovered");
    // Read twice (a double render) gives the same.
    expect(pending.peekRestored("m", name)?.text).toBe("Recovered");
    expect(pending.peekRestored("other", name)).toBeNull();
    pending.clear(name);
    expect(pending.peekRestored("m", name)).toBeNull();
    pending.restore("m", [{ ...name, label: "Name", text: "Again", base: "A" }]);
    pending.dropRestored();
    expect(pending.of("m")).toEqual([]);
  });
});
