import { describe, expect, it } from "vitest";
import { sarifSchemaErrors } from "../io/report/testing/sarifSchema";
import { USAGE } from "./args";
import { EXIT_ERROR, EXIT_GATE_FAILED, EXIT_OK, runAnalyze } from "./runAnalyze";
import { makeFinding, makeQuestion, resultOf } from "../io/report/testing/fixtures";
import { fakeEngine, fakeIo, fixturePath } from "./testing";
import { CURRENT_SCHEMA_VERSION } from "../domain/schema";

const CRITICAL = fixturePath("critical-issue.json");
const CLEAN = fixturePath("clean.json");

function run(argv: string[], io = fakeIo(), engine = fakeEngine) {
  const code = runAnalyze(argv, io, engine);
  return { code, io };
}

describe("runAnalyze exit codes", () => {
  it("0 without --fail-on, even with critical findings", () => {
    const { code, io } = run([CRITICAL]);
    expect(code).toBe(EXIT_OK);
    expect(io.err).toBe("");
  });

  it("0 when no open finding reaches the threshold", () => {
    const { code, io } = run([CRITICAL, "--fail-on", "critical"], fakeIo(), {
      evaluate: (model) => {
        const result = fakeEngine.evaluate(model);
        return { ...result, findings: result.findings.filter((f) => f.severity !== "critical") };
      },
    });
    expect(code).toBe(EXIT_OK);
    expect(io.err).toBe("analyze: passed: no finding at risk at or above critical\n");
  });

  it("0 on the clean model at the lowest threshold", () => {
    expect(run([CLEAN, "--fail-on", "low"]).code).toBe(EXIT_OK);
  });

  it("1 when an open finding is at or above the threshold, naming it", () => {
    const { code, io } = run([CRITICAL, "--fail-on", "high"]);
    expect(code).toBe(EXIT_GATE_FAILED);
    expect(io.err).toContain("analyze: failed: 1 finding at risk at or above high:");
    expect(io.err).toContain("[critical] FAKE-AUTH@agent");
    expect(run([CRITICAL, "--fail-on", "medium"]).io.err).toContain("3 findings at risk");
  });

  it("questions never fail the gate", () => {
    const code = runAnalyze(
      [fixturePath("llm-inference-pipeline.json"), "--fail-on", "low"],
      fakeIo(),
      {
        // Nothing but open questions, the most consequential kind.
        evaluate: () =>
          resultOf([], [makeQuestion({ id: "authenticatesCallers@agent", subjectId: "agent" })]),
      },
    );
    expect(code).toBe(EXIT_OK);
  });

  it("triage-closed findings do not fail the gate", () => {
    const text = JSON.stringify({
      ...(JSON.parse(fakeIo().readFile(CRITICAL)) as object),
      schemaVersion: CURRENT_SCHEMA_VERSION,
      triage: {
        "FAKE-AUTH@agent": { status: "mitigated" },
        "FAKE-TLS@chat": { status: "accepted", justification: "Internal only." },
        "FAKE-TLS@save": { status: "notApplicable", justification: "No TLS here." },
      },
    });
    const io = fakeIo({ readFile: () => text });
    expect(runAnalyze(["m.json", "--fail-on", "low"], io, fakeEngine)).toBe(EXIT_OK);
  });

  it("an undocumented `triage` key in a version 1 file closes nothing", () => {
    const text = JSON.stringify({
      ...(JSON.parse(fakeIo().readFile(CRITICAL)) as object),
      schemaVersion: 1,
      triage: {
        "FAKE-AUTH@agent": { status: "mitigated" },
        "FAKE-TLS@chat": { status: "accepted" },
        "FAKE-TLS@save": { status: "false-positive" },
      },
    });
    const io = fakeIo({ readFile: () => text });
    expect(runAnalyze(["m.json", "--fail-on", "low"], io, fakeEngine)).toBe(EXIT_GATE_FAILED);
  });

  it.each([
    [["nope/missing.json"], "analyze: cannot read nope/missing.json: no such file\n"],
    [[fixturePath("")], `analyze: cannot read ${fixturePath("")}: it is a directory, not a file\n`],
  ])("2 for an unreadable file %j", (argv, message) => {
    const { code, io } = run(argv);
    expect(code).toBe(EXIT_ERROR);
    expect(io.err).toBe(message);
    expect(io.out).toBe("");
  });

  it("2 for a file that is not JSON", () => {
    const { code, io } = run([fixturePath("not-json.txt")]);
    expect(code).toBe(EXIT_ERROR);
    expect(io.err).toMatch(/^analyze: .*not-json\.txt is not valid JSON: /);
    expect(io.out).toBe("");
  });

  it("2 for binary garbage", () => {
    const io = fakeIo({ readFile: () => "\u0000\u00ff\ufffd PK\u0003\u0004" });
    expect(runAnalyze(["garbage.bin"], io, fakeEngine)).toBe(EXIT_ERROR);
    expect(io.err).toMatch(/^analyze: garbage\.bin is not valid JSON: /);
  });

  it("2 for valid JSON that is not a model, listing each problem with its field path", () => {
    const { code, io } = run([fixturePath("not-a-model.json")]);
    expect(code).toBe(EXIT_ERROR);
    expect(io.err).toContain("not-a-model.json is not a valid ThreatCanvas model:\n");
    expect(io.err).toContain("  - id: must not be empty\n");
    expect(io.err).toContain("  - createdAt: ");
    expect(io.err).toContain("  - elements[0].type: ");
    expect(io.err).toContain("  - flows: ");
  });

  it.each([["[]"], ["null"], ['"a string"'], ['{"schemaVersion": 99}']])(
    "2 for the JSON value %s",
    (text) => {
      const io = fakeIo({ readFile: () => text });
      expect(runAnalyze(["m.json"], io, fakeEngine)).toBe(EXIT_ERROR);
      expect(io.err).toMatch(/^analyze: m\.json is not a valid ThreatCanvas model:\n {2}- \S/);
    },
  );

  it("2 for bad arguments, with usage", () => {
    const { code, io } = run([CRITICAL, "--fail-on", "severe"]);
    expect(code).toBe(EXIT_ERROR);
    expect(io.err).toBe(
      `analyze: --fail-on must be one of low, medium, high, critical (got "severe")\n\n${USAGE}`,
    );
    expect(io.out).toBe("");
  });

  it("2 when the engine throws, or the output cannot be written", () => {
    const broken = {
      evaluate: () => {
        throw new Error("boom");
      },
    };
    const thrown = run([CLEAN], fakeIo(), broken);
    expect(thrown.code).toBe(EXIT_ERROR);
    expect(thrown.io.err).toContain("the threat engine failed on");
    const readOnly = fakeIo({
      writeFile: () => {
        throw Object.assign(new Error("EACCES"), { code: "EACCES" });
      },
    });
    expect(runAnalyze([CLEAN, "--output", "/ro/out.json"], readOnly, fakeEngine)).toBe(EXIT_ERROR);
    expect(readOnly.err).toBe("analyze: cannot write /ro/out.json: permission denied\n");
  });

  it("0 and usage on standard output for --help", () => {
    const { code, io } = run(["--help"]);
    expect(code).toBe(EXIT_OK);
    expect(io.out).toBe(USAGE);
  });
});

describe("runAnalyze output", () => {
  it("writes a JSON report to standard output by default", () => {
    const { io } = run([CRITICAL]);
    const report = JSON.parse(io.out) as {
      model: { id: string };
      generatedAt: string;
      counts: { total: number };
    };
    expect(report.model.id).toBe("fixture-critical-issue");
    expect(report.generatedAt).toBe("2025-06-01T12:00:00.000Z");
    expect(report.counts.total).toBe(3);
  });

  it("writes Markdown", () => {
    const { io } = run([CRITICAL, "--format", "markdown"]);
    expect(
      io.out.startsWith("# Threat model report: Public LLM agent with an open side door\n"),
    ).toBe(true);
  });

  it("writes SARIF pointing at the model path as given", () => {
    const { io } = run([CRITICAL, "--format", "sarif"]);
    const log = JSON.parse(io.out) as {
      runs: Array<{
        results: Array<{
          locations: Array<{
            physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } };
          }>;
        }>;
      }>;
    };
    expect(sarifSchemaErrors(log)).toEqual([]);
    const location = log.runs[0]?.results[0]?.locations[0]?.physicalLocation;
    expect(location?.artifactLocation.uri).toBe(CRITICAL);
    expect(location?.region?.startLine).toBeGreaterThan(1);
  });

  it("writes to --output instead of standard output, and says so", () => {
    const { code, io } = run([
      CRITICAL,
      "--format",
      "sarif",
      "--output",
      "out/report.sarif",
      "--fail-on",
      "critical",
    ]);
    expect(code).toBe(EXIT_GATE_FAILED);
    expect(io.out).toBe("");
    expect(JSON.parse(io.written.get("out/report.sarif") ?? "")).toMatchObject({
      version: "2.1.0",
    });
    expect(io.err.split("\n")[0]).toBe("analyze: wrote sarif report to out/report.sarif");
  });
});

describe("runAnalyze gate message", () => {
  it("lists the failures most severe first, at most 20", () => {
    const many = {
      evaluate: () =>
        resultOf([
          ...Array.from({ length: 25 }, (_, i) =>
            makeFinding({ id: `R@${String(i).padStart(2, "0")}`, severity: "high" }),
          ),
          makeFinding({ id: "Z@last", severity: "critical" }),
        ]),
    };
    const { code, io } = run([CLEAN, "--fail-on", "high"], fakeIo(), many);
    expect(code).toBe(EXIT_GATE_FAILED);
    const lines = io.err.trimEnd().split("\n");
    expect(lines[0]).toBe("analyze: failed: 26 findings at risk at or above high:");
    expect(lines[1]).toMatch(/^ {2}- \[critical\] Z@last: /);
    expect(lines).toHaveLength(22);
    expect(lines[21]).toBe("  … and 6 more (see the report)");
  });
});
