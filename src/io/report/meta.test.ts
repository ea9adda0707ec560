import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TOOL_VERSION } from "./meta";

describe("report metadata", () => {
  it("reports the version in package.json", () => {
    const pkg = JSON.parse(
      readFileSync(new URL("../../../package.json", import.meta.url), "utf8"),
    ) as {
      version: string;
    };
    expect(TOOL_VERSION).toBe(pkg.version);
  });
});
