import { describe, expect, it } from "vitest";
import { parseExportArgs } from "./exportArgs";

describe("export arguments", () => {
  it("reads a model, a format, an output file and the report options", () => {
    expect(
      parseExportArgs([
        "m.json",
        "--format",
        "pdf",
        "--out=r.pdf",
        "--prepared-by",
        "Dana Kim",
        "--frameworks",
        "linddun",
        "--no-appendix",
        "--no-log",
        "--no-questions",
        "--no-not-applicable",
      ]),
    ).toEqual({
      kind: "run",
      options: {
        modelPath: "m.json",
        format: "pdf",
        out: "r.pdf",
        preparedBy: "Dana Kim",
        frameworks: "linddun",
        includeNotApplicable: false,
        includeQuestions: false,
        includeAppendix: false,
        includeDecisionLog: false,
        scale: 2,
        background: "white",
      },
    });
  });

  it.each([
    [["m.json"], /--format is required/],
    [
      ["m.json", "--format", "docx"],
      /--format must be one of json, pdf, markdown, csv, svg, png, sarif/,
    ],
    [["m.json", "--format", "pdf"], /binary file: give it --out/],
    [["m.json", "--format", "png"], /binary file: give it --out/],
    [["--format", "csv"], /missing the model file/],
    [["a.json", "b.json", "--format", "csv"], /expected one model file/],
    [
      ["m.json", "--format", "csv", "--frameworks", "pasta"],
      /--frameworks must be one of both, stride, linddun/,
    ],
    [
      ["m.json", "--format", "png", "--out", "x.png", "--scale", "9"],
      /--scale must be a number from 1 to 4/,
    ],
    [["m.json", "--format", "csv", "--colour", "red"], /unknown option "--colour"/],
    [["m.json", "--format", "csv", "--format", "svg"], /given more than once/],
  ])("refuses %j", (argv, message) => {
    const parsed = parseExportArgs(argv);
    expect(parsed.kind).toBe("error");
    if (parsed.kind === "error") expect(parsed.message).toMatch(message);
  });

  it("has help", () => {
    expect(parseExportArgs(["--help"])).toEqual({ kind: "help" });
  });
});
