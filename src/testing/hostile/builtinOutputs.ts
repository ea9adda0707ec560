import { threatEngine } from "../../cli/engine";
import { runAnalyze } from "../../cli/runAnalyze";
import { fakeIo } from "../../cli/testing";
import { decisionLogCsv } from "../../io/decisionLog/csv";
import { formatJsonReport } from "../../io/report/json";
import { formatMarkdownReport } from "../../io/report/markdown";
import { formatSarif } from "../../io/report/sarif";
import { registerHostileOutput, type OutputArtifact } from "./outputs";

/**
 * The outputs that exist today. The canvas and panels are checked by e2e/hostile-text.spec.ts;
 * exports added later (PDF text, CSV, SVG) register here or next to their code.
 */

registerHostileOutput({
  name: "Markdown report",
  produce: (model, result) => [{ kind: "markdown", text: formatMarkdownReport(model, result) }],
});

registerHostileOutput({
  name: "SARIF log",
  produce: (model, result) => [
    { kind: "sarif", text: formatSarif(model, result, { modelUri: "model.json" }) },
  ],
});

registerHostileOutput({
  name: "Decision log CSV",
  produce: (model) => [{ kind: "csv", text: decisionLogCsv(model) }],
});

registerHostileOutput({
  name: "JSON report",
  produce: (model, result) => [{ kind: "json", text: formatJsonReport(model, result) }],
});

registerHostileOutput({
  name: "CLI (stdout and stderr)",
  produce(model) {
    const text = JSON.stringify(model);
    const artifacts: OutputArtifact[] = [];
    for (const format of ["json", "markdown", "sarif"] as const) {
      const io = fakeIo({ readFile: () => text });
      runAnalyze(["model.json", "--format", format, "--fail-on", "low"], io, threatEngine);
      artifacts.push({ kind: "terminal", label: `stderr, ${format}`, text: io.err });
      artifacts.push({ kind: "terminal", label: `stdout, ${format}`, text: io.out });
      // The Markdown itself is checked as the "Markdown report" output.
      if (format !== "markdown") artifacts.push({ kind: format, label: "stdout", text: io.out });
    }
    // An invalid model: the error lines quote user ids and keys.
    const broken = { ...model, flows: model.flows.map((f) => ({ ...f, target: `${f.target}\n` })) };
    const io = fakeIo({ readFile: () => JSON.stringify(broken) });
    runAnalyze(["model.json"], io, threatEngine);
    artifacts.push({ kind: "terminal", label: "stderr, invalid model", text: io.err });
    return artifacts;
  },
});
