import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseThreatModelJson } from "../domain/document";
import { SAMPLE_FIXTURE_FILE, sampleFixtureText } from "./fixtures/sample";
import { fixturePath } from "./testing";

describe("CLI fixtures", () => {
  it("the sample fixture is the current LLM inference pipeline sample (regenerate: npx tsx src/cli/fixtures/generate.ts)", () => {
    // Compared as data: formatting (prettier) may differ from the generator's.
    expect(JSON.parse(readFileSync(fixturePath(SAMPLE_FIXTURE_FILE), "utf8"))).toEqual(
      JSON.parse(sampleFixtureText()),
    );
  });

  it.each([SAMPLE_FIXTURE_FILE, "critical-issue.json", "clean.json"])(
    "%s is a valid model",
    (name) => {
      expect(parseThreatModelJson(readFileSync(fixturePath(name), "utf8")).ok).toBe(true);
    },
  );

  it.each(["not-a-model.json", "not-json.txt"])("%s is rejected", (name) => {
    expect(parseThreatModelJson(readFileSync(fixturePath(name), "utf8")).ok).toBe(false);
  });
});
