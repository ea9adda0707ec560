import { describe, expect, it } from "vitest";
import { parseAnalyzeArgs } from "./args";

describe("parseAnalyzeArgs", () => {
  it("defaults to a JSON report on standard output with no gate", () => {
    expect(parseAnalyzeArgs(["model.json"])).toEqual({
      kind: "run",
      options: {
        modelPath: "model.json",
        format: "json",
        failOn: null,
        failOnAccepted: false,
        output: null,
      },
    });
  });

  it("reads every option, in either spelling, before or after the file", () => {
    expect(
      parseAnalyzeArgs(["--format", "sarif", "m.json", "--fail-on=high", "--output", "out.sarif"]),
    ).toEqual({
      kind: "run",
      options: {
        modelPath: "m.json",
        format: "sarif",
        failOn: "high",
        failOnAccepted: false,
        output: "out.sarif",
      },
    });
    expect(parseAnalyzeArgs(["--format=markdown", "m.json"])).toMatchObject({
      options: { format: "markdown" },
    });
  });

  it("takes anything after -- as the file", () => {
    expect(parseAnalyzeArgs(["--", "--weird-name.json"])).toMatchObject({
      options: { modelPath: "--weird-name.json" },
    });
  });

  it.each([["-h"], ["--help"], ["m.json", "--help"]])("%j asks for help", (...argv) => {
    expect(parseAnalyzeArgs(argv)).toEqual({ kind: "help" });
  });

  it.each([
    [[], "missing the model file to analyze"],
    [["a.json", "b.json"], 'expected one model file, got 2: "a.json" "b.json"'],
    [["m.json", "--verbose"], 'unknown option "--verbose"'],
    [["m.json", "-x"], 'unknown option "-x"'],
    [["m.json", "--format"], "--format needs a value"],
    [["m.json", "--format", "--fail-on", "high"], "--format needs a value"],
    [["m.json", "--output="], "--output needs a value"],
    [["m.json", "--format", "xml"], '--format must be one of json, markdown, sarif (got "xml")'],
    [
      ["m.json", "--fail-on", "info"],
      '--fail-on must be one of low, medium, high, critical (got "info")',
    ],
    [
      ["m.json", "--fail-on", "HIGH"],
      '--fail-on must be one of low, medium, high, critical (got "HIGH")',
    ],
    [["m.json", "--format", "json", "--format", "sarif"], "--format is given more than once"],
  ])("rejects %j: %s", (argv, message) => {
    expect(parseAnalyzeArgs(argv)).toEqual({ kind: "error", message });
  });
});
