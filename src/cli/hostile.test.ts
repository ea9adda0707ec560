import { linkSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { leavesBaseLevel } from "../domain/text/bidi";
import { randomModel } from "../engine/testing/randomModel";
import { makeFinding, resultOf } from "../io/report/testing/fixtures";
import { threatEngine } from "./engine";
import { nodeIo } from "./nodeIo";
import {
  EXIT_ERROR,
  EXIT_GATE_FAILED,
  EXIT_OK,
  runAnalyze,
  type AnalyzeEngine,
} from "./runAnalyze";
import { hasTerminalControl } from "./terminalText";
import { fakeIo, fixturePath } from "./testing";

/** What the CLI prints when the model file is hostile. */

const CRITICAL = fixturePath("critical-issue.json");
const base = () => JSON.parse(readFileSync(CRITICAL, "utf8")) as Record<string, unknown>;

const FORGED = "\n::error file=src/app.ts,line=1::forged annotation\n::warning::second";
const ANSI = "\u001b[2J\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007\u0000\u009b31m";
const RLO = "\u202e";

function hostileModel(): Record<string, unknown> {
  const model = base();
  const elements = model.elements as Array<Record<string, unknown>>;
  model.name = `Model${FORGED}`;
  model.description = `::error::at the start of a line${FORGED}`;
  model.owner = `##[error]owner ##vso[task.complete result=Failed]${ANSI}`;
  elements.forEach((element, i) => {
    element.name = [`Agent${FORGED}`, `Store${ANSI}`, `${RLO}reversed`, "שרת 1", "\u2028x"][i % 5];
  });
  // The id of the process that fails the gate carries the payload too.
  const agent = elements.find((e) => e.id === "agent")!;
  const newId = `agent${FORGED}${RLO}`;
  agent.id = newId;
  for (const flow of model.flows as Array<Record<string, unknown>>) {
    if (flow.source === "agent") flow.source = newId;
    if (flow.target === "agent") flow.target = newId;
    flow.label = `Flow${FORGED}${ANSI}`;
  }
  return model;
}

function runOn(model: unknown, argv: string[], engine: AnalyzeEngine = threatEngine) {
  const io = fakeIo({ readFile: () => JSON.stringify(model) });
  return { code: runAnalyze(["m.json", ...argv], io, engine), io };
}

/** A GitHub Actions workflow command: `::` at a line start, `##[` or Azure's `##vso[` anywhere. */
function workflowCommands(text: string): string[] {
  return text.split("\n").filter((line) => /^\s*::/.test(line) || /##(\[|vso\[)/i.test(line));
}

describe("the CLI on a hostile model", () => {
  it("gate failures on stderr: one line each, no forged annotation, no control character", () => {
    const { code, io } = runOn(hostileModel(), ["--fail-on", "high", "--output", "out.json"]);
    expect(code).toBe(EXIT_GATE_FAILED);
    expect(workflowCommands(io.err)).toEqual([]);
    expect(hasTerminalControl(io.err)).toBe(false);
    const lines = io.err.trimEnd().split("\n");
    expect(lines[0]).toBe("analyze: wrote json report to out.json");
    expect(lines[1]).toMatch(/^analyze: failed: \d+ findings at risk at or above high:$/);
    for (const line of lines.slice(2)) expect(line).toMatch(/^ {2}(- \[(critical|high)\] |… and)/);
    // The id is shown, escaped: its newlines as \n, on the failure's own line.
    expect(io.err).toContain("agent\\n::error file=src/app.ts,line=1::forged annotation\\n");
  });

  it("every stderr line ends at the level it started: no override leaks into our words", () => {
    const { io } = runOn(hostileModel(), ["--fail-on", "low", "--output", "out.json"]);
    const lines = io.err.split("\n");
    expect(lines.some((l) => l.includes(RLO))).toBe(true);
    for (const line of lines) expect(leavesBaseLevel(line), line).toBe(true);
  });

  it.each(["json", "sarif"])(
    "%s on stdout: same values, no raw control or bidi character, no workflow command",
    (format) => {
      const model = hostileModel();
      const { code, io } = runOn(model, ["--format", format]);
      expect(code).toBe(EXIT_OK);
      expect(hasTerminalControl(io.out)).toBe(false);
      expect(io.out).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
      expect(workflowCommands(io.out)).toEqual([]);
      // Escaped, not altered: the report still carries the exact ids.
      const agentId = (model.elements as Array<{ id: string }>)[3]!.id;
      expect(agentId).toMatch(/^agent\n/);
      expect(JSON.stringify(JSON.parse(io.out))).toContain(JSON.stringify(agentId).slice(1, -1));
    },
  );

  it("Markdown on stdout: no control character, no line a CI runner would execute", () => {
    const { io } = runOn(hostileModel(), ["--format", "markdown"]);
    expect(hasTerminalControl(io.out)).toBe(false);
    expect(workflowCommands(io.out)).toEqual([]);
    expect(io.out).toContain("\n\\::error::at the start of a line ::error file=src/app.ts");
  });

  it("errors quote user text on one line", () => {
    const model = hostileModel();
    (model.flows as Array<Record<string, unknown>>)[0]!.target = `nowhere${FORGED}${ANSI}`;
    const { code, io } = runOn(model, []);
    expect(code).toBe(EXIT_ERROR);
    expect(io.err).toMatch(
      /^analyze: m\.json is not a valid ThreatCanvas model:\n {2}- flows\[0\]/,
    );
    expect(hasTerminalControl(io.err)).toBe(false);
    expect(workflowCommands(io.err)).toEqual([]);
    expect(io.err.trimEnd().split("\n")).toHaveLength(2);
  });

  it("a hostile path and argument never print raw", () => {
    const io = fakeIo();
    expect(runAnalyze([`missing${FORGED}.json`], io, threatEngine)).toBe(EXIT_ERROR);
    expect(io.err).toBe(
      "analyze: cannot read missing\\n::error file=src/app.ts,line=1::forged annotation\\n::warning::second.json: no such file\n",
    );
    const bad = fakeIo();
    runAnalyze(["m.json", `--format=x${ANSI}`], bad, threatEngine);
    expect(hasTerminalControl(bad.err)).toBe(false);
  });
});

describe("doors of the CLI", () => {
  it("accepts a model file that starts with a UTF-8 byte-order mark", () => {
    const dir = mkdtempSync(join(tmpdir(), "threatcanvas-bom-"));
    try {
      const path = join(dir, "bom.json");
      writeFileSync(path, `\ufeff${readFileSync(CRITICAL, "utf8")}`);
      expect(readFileSync(path)[0]).toBe(0xef);
      let out = "";
      let err = "";
      const io = {
        ...nodeIo,
        stdout: (t: string) => void (out += t),
        stderr: (t: string) => void (err += t),
      };
      expect(
        runAnalyze([path, "--format", "sarif", "--fail-on", "critical"], io, threatEngine),
      ).toBe(EXIT_GATE_FAILED);
      expect(err).toMatch(/^analyze: failed: \d+ findings? at risk at or above critical:/);
      const log = JSON.parse(out) as { runs: Array<{ results: Array<{ locations: unknown[] }> }> };
      // Line numbers still point at the elements: the mark does not shift them.
      expect(log.runs[0]!.results[0]!.locations[0]).toMatchObject({
        physicalLocation: { region: { startLine: expect.any(Number) as number } },
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a model id equal to an element id is refused, naming the element", () => {
    const model = base();
    model.id = "agent";
    const { code, io } = runOn(model, []);
    expect(code).toBe(EXIT_ERROR);
    expect(io.err).toContain("  - elements[3].id: ");
    expect(io.err).toContain("is also the id of the model itself");
  });

  it("unknown keys never affect the gate (an undocumented triage, status fields, suppressions)", () => {
    const plain = runOn(base(), ["--fail-on", "low"]);
    expect(plain.code).toBe(EXIT_GATE_FAILED);
    const findingIds = [...plain.io.err.matchAll(/\] (\S+): /g)].map((m) => m[1]!);
    expect(findingIds.length).toBeGreaterThan(3);
    const closeAll = Object.fromEntries(findingIds.map((id) => [id, { status: "mitigated" }]));

    for (const schemaVersion of [1, 2]) {
      const noisy = base();
      noisy.schemaVersion = schemaVersion;
      if (schemaVersion === 1) noisy.triage = closeAll;
      noisy.legacyTriage = closeAll;
      noisy.suppressions = findingIds;
      noisy.findings = findingIds.map((id) => ({ id, status: "mitigated", suppressed: true }));
      noisy["x-gate"] = { failOn: "never" };
      for (const element of noisy.elements as Array<Record<string, unknown>>) {
        element.status = "mitigated";
        element.triage = { status: "accepted" };
        (element.props as Record<string, unknown>).suppressed = true;
      }
      const run = runOn(noisy, ["--fail-on", "low"]);
      expect(run.code, `schema version ${schemaVersion}`).toBe(EXIT_GATE_FAILED);
      expect(run.io.err).toBe(plain.io.err);
    }
  });
});

describe("--output and the model file", () => {
  const dir = mkdtempSync(join(tmpdir(), "threatcanvas-cli-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const original = readFileSync(CRITICAL, "utf8");
  const model = join(dir, "model.json");
  writeFileSync(model, original);
  symlinkSync(model, join(dir, "link.json"));
  linkSync(model, join(dir, "hard.json"));

  function realRun(argv: string[]) {
    let err = "";
    const io = { ...nodeIo, stdout: () => undefined, stderr: (t: string) => void (err += t) };
    return { code: runAnalyze(argv, io, threatEngine), err };
  }

  it.each([
    ["the same path", model],
    ["another spelling of it", join(dir, ".", "..", dir.split("/").pop()!, "model.json")],
    ["a symlink to it", join(dir, "link.json")],
    ["a hard link to it", join(dir, "hard.json")],
  ])("is refused when it is %s, and the model is untouched", (_label, output) => {
    const { code, err } = realRun([model, "--output", output]);
    expect(code).toBe(EXIT_ERROR);
    expect(err).toMatch(/^analyze: refusing to write the report to .*: it is the model file /);
    expect(readFileSync(model, "utf8")).toBe(original);
  });

  it("is refused the other way round too (the model given through a link)", () => {
    expect(realRun([join(dir, "link.json"), "--output", model]).code).toBe(EXIT_ERROR);
    expect(readFileSync(model, "utf8")).toBe(original);
  });

  it("writes any other file", () => {
    const out = join(dir, "report.json");
    expect(realRun([model, "--output", out]).code).toBe(EXIT_OK);
    expect(JSON.parse(readFileSync(out, "utf8"))).toMatchObject({
      model: { id: model ? "fixture-critical-issue" : "" },
    });
  });
});

describe("SARIF over GitHub's result limit, from the CLI", () => {
  it("says on stderr that results were summarised", () => {
    const many: AnalyzeEngine = {
      evaluate: () =>
        resultOf(
          Array.from({ length: 25_010 }, (_, i) =>
            makeFinding({ id: `R${i % 3}@e${i}`, ruleId: `R${i % 3}`, targetIds: [`e${i}`] }),
          ),
        ),
    };
    const { io } = runOn(base(), ["--format", "sarif", "--output", "out.sarif"], many);
    expect(io.err).toContain(
      "analyze: 25,010 findings are more than a SARIF run may carry (25,000): the 24,999 most " +
        "important are listed, and the other 11 are counted in one summary result per rule " +
        "(1 rule). The JSON report lists every finding.\n",
    );
    // 25,010 findings through the SARIF writer: seconds on a loaded machine.
  }, 60_000);

  it("a real 12,000-element model (over 25,000 findings) stays within the limit", () => {
    const { io } = runOn(randomModel(12_000, 7), ["--format", "sarif"]);
    const log = JSON.parse(io.out) as { runs: Array<{ results: unknown[]; properties: unknown }> };
    expect(log.runs[0]!.results).toHaveLength(25_000);
    expect(log.runs[0]!.properties).toMatchObject({ threatcanvasResultLimit: { limit: 25_000 } });
    expect(io.err).toMatch(/^analyze: [\d,]+ findings are more than a SARIF run may carry/);
  }, 60_000);
});
