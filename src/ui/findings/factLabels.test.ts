import { describe, expect, it } from "vitest";
import { FACT_NAMES } from "../../engine/rules/facts";
import { FACT_LABELS, factLabel, formatBecause, formatFactValue } from "./factLabels";

describe("fact labels", () => {
  it("has a plain label for every fact the engine knows", () => {
    for (const name of FACT_NAMES) {
      expect(FACT_LABELS[name], name).toMatch(/^[A-Za-z][A-Za-z /-]+$/);
      // Words, not the camel-cased code; acronyms (ML, GPUs) stay as written.
      expect(FACT_LABELS[name], name).not.toMatch(/[a-z][A-Z]/);
    }
  });

  it("falls back to words for a fact it does not know yet", () => {
    expect(factLabel("usesGpuSharing")).toBe("uses gpu sharing");
  });

  it("formats values in words", () => {
    expect(formatFactValue("encryptedInTransit", "no")).toBe("no");
    expect(formatFactValue("bidirectional", true)).toBe("yes");
    expect(formatFactValue("mlKind", "llm")).toBe("LLM");
    expect(formatFactValue("mlKind", "training-data-store")).toBe("Training data store");
    expect(formatFactValue("type", "externalEntity")).toBe("external entity");
    expect(formatFactValue("classification", "confidential")).toBe("confidential");
    expect(formatFactValue("trustDirection", "up")).toBe("into a more trusted zone");
    expect(formatFactValue("retentionDays", 400)).toBe("400 days");
    expect(formatFactValue("retentionDays", null)).toBe("not set");
    expect(formatFactValue("mlKind", "something-new")).toBe("something-new");
    expect(formatFactValue("mlKind", "constructor")).toBe("constructor");
  });

  it("formats a matched fact as subject: label = value", () => {
    expect(
      formatBecause(
        { subjectId: "f", fact: "encryptedInTransit", value: "no" },
        "Authenticated requests",
      ),
    ).toBe("Authenticated requests: encrypted in transit = no");
    expect(
      formatBecause({ subjectId: "s", fact: "usesAccelerator", value: "yes" }, "GPU server"),
    ).toBe("GPU server: runs on GPUs or accelerators = yes");
  });
});
