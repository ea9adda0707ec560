import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate";
import { ALL_RULES } from "../../engine/rules";
import { defaultReferenceResolver, resolveReferences } from "../../io/report/references";
import "./builtinOutputs";
import "./exportOutputs";
import { hostileModel } from "./hostileModel";
import { checkArtifact, defaultCheckContext, hostileOutputs, type ArtifactKind } from "./outputs";
import { HOSTILE_PAYLOADS } from "./payloads";
import { resultOf } from "../../io/report/testing/fixtures";
import type { Finding } from "../../engine/types";

function fewPerTarget(findings: readonly Finding[], perTarget: number): Finding[] {
  const seen = new Map<string, number>();
  return findings.filter((f) => {
    const key = f.targetIds.join(">");
    const count = seen.get(key) ?? 0;
    seen.set(key, count + 1);
    return count < perTarget;
  });
}

/**
 * The XSS and hostile-text corpus through every output that exists (the UI: e2e). Each output
 * gets a model whose every text field and some ids are payloads, and its artifacts must pass
 * their kind's checks.
 */

const model = hostileModel();
const full = evaluate(model, { rules: ALL_RULES });
/**
 * Two findings per target are enough to put every name into our sentences; the full result
 * would only make the Markdown check slow (micromark renders ~100 KB/s
 * here). The CLI output runs the full evaluation itself.
 */
const result = resultOf(fewPerTarget(full.findings, 2), full.questions);
const ours = result.findings.flatMap((f) =>
  resolveReferences(f.references, defaultReferenceResolver).flatMap((link) =>
    link.url ? [link.url] : [],
  ),
);
const ctx = defaultCheckContext(ours);

describe("the hostile corpus", () => {
  it("has at least 40 payloads of every kind the issue names, and a model full of them", () => {
    expect(HOSTILE_PAYLOADS.length).toBeGreaterThanOrEqual(40);
    const categories = new Set(HOSTILE_PAYLOADS.map((p) => p.category));
    for (const wanted of ["script", "event-handler", "url", "svg-mathml", "markdown"] as const) {
      expect(categories).toContain(wanted);
    }
    for (const wanted of ["csv-formula", "template", "bidi-control"] as const) {
      expect(categories).toContain(wanted);
    }
    expect(full.findings.length).toBeGreaterThan(50);
    expect(result.findings.length).toBeGreaterThan(40);
    // Questions carry names into our sentences too (every output lists them).
    expect(result.questions.length).toBeGreaterThan(50);
    const names = new Set(model.elements.map((e) => e.name));
    for (const payload of HOSTILE_PAYLOADS) expect(names).toContain(payload.text);
  });

  it("at least the outputs that exist today are registered", () => {
    expect(hostileOutputs().map((o) => o.name)).toEqual(
      expect.arrayContaining([
        "Markdown report",
        "SARIF log",
        "JSON report",
        "CLI (stdout and stderr)",
      ]),
    );
  });
});

describe.each(hostileOutputs().map((o) => [o.name, o] as const))("%s", (_name, output) => {
  it("executes nothing, links nothing, prints no control character", async () => {
    const artifacts = await output.produce(model, result);
    expect(artifacts.length).toBeGreaterThan(0);
    for (const artifact of artifacts) {
      expect(artifact.text.length, artifact.label).toBeGreaterThan(0);
      const where = `${artifact.kind}${artifact.label ? ` (${artifact.label})` : ""}`;
      expect(checkArtifact(artifact, ctx), where).toEqual([]);
    }
  }, 60_000);
});

describe("the checkers are live", () => {
  const raw = HOSTILE_PAYLOADS.map((p) => p.text).join("\n\n");
  it.each<[ArtifactKind, string]>([
    ["markdown", raw],
    ["markup", `<svg>${raw}</svg>`],
    ["terminal", raw],
    ["sarif", JSON.stringify({ runs: [{ results: [{ message: { text: raw } }] }] })],
    ["csv", HOSTILE_PAYLOADS.map((p) => JSON.stringify(p.text)).join(",")],
    ["text", raw],
    ["json", "{not json"],
  ])("%s finds problems in unescaped payloads", (kind, text) => {
    expect(checkArtifact({ kind, text }, ctx).length).toBeGreaterThan(0);
  });
});
