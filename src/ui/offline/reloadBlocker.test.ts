import { describe, expect, it } from "vitest";
import { reloadBlocker } from "./reloadBlocker";

const calm = { typingLabels: [], changedElsewhere: false, save: null };

describe("what keeps an update from reloading the page", () => {
  it("nothing, when nothing is being typed, nothing conflicts and everything is saved", () => {
    expect(reloadBlocker(calm)).toBeNull();
    expect(reloadBlocker({ ...calm, save: { state: "saved", unsavedChanges: false } })).toBeNull();
    // A save under way still has the unload draft behind it.
    expect(reloadBlocker({ ...calm, save: { state: "saving", unsavedChanges: true } })).toBeNull();
  });

  it("text being typed, naming each field once", () => {
    expect(reloadBlocker({ ...calm, typingLabels: ["Name"] })).toBe(
      "Finish what you are typing in “Name” (Escape undoes it), then reload.",
    );
    expect(reloadBlocker({ ...calm, typingLabels: ["Name", "Owner", "Name", "Notes"] })).toMatch(
      /in “Name”, “Owner” and “Notes” \(/,
    );
  });

  it("a conflict with another tab that waits for the user's choice", () => {
    expect(reloadBlocker({ ...calm, changedElsewhere: true })).toMatch(/another tab/);
    expect(reloadBlocker({ ...calm, save: { state: "conflict", unsavedChanges: true } })).toMatch(
      /choose which version to keep/,
    );
  });

  it("changes storage refused", () => {
    expect(reloadBlocker({ ...calm, save: { state: "failed", unsavedChanges: true } })).toMatch(
      /not saved yet.*export the model/,
    );
    expect(reloadBlocker({ ...calm, save: { state: "failed", unsavedChanges: false } })).toBeNull();
  });

  it("typing first: it is what the user can act on at once", () => {
    expect(reloadBlocker({ typingLabels: ["Name"], changedElsewhere: true, save: null })).toMatch(
      /Finish what you are typing/,
    );
  });
});
