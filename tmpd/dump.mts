import { evaluate } from "../src/engine";
import { deriveWorld } from "../src/engine/facts/derive";
import { createLlmInferencePipelineSample } from "../src/domain/samples/llmInferencePipeline";
import { parseThreatModelJson } from "../src/domain/document";
import { readFileSync } from "node:fs";
const file = process.argv[2];
const doc = file ? (parseThreatModelJson(readFileSync(file, "utf8")) as any).value : createLlmInferencePipelineSample();
const r = evaluate(doc);
const w = deriveWorld(doc);
if (process.argv.includes("--reach")) {
  for (const e of w.elements) {
    if (e.element.type === "trustBoundary") continue;
    const rr = Object.entries(e.reach).map(([k, v]) => `${k}=${v.value}${v.causes.length ? "(" + v.causes.map((c) => c.subject.name + "." + c.fact).join(",") + ")" : ""}`).filter((x) => !x.includes("=no"));
    console.log(e.name.padEnd(28), rr.join(" "), e.inferences.map((i) => `${i.prop}:${i.value}`).join(" "));
  }
}
const byT = new Map<string, string[]>();
for (const f of r.findings) {
  const k = f.targetIds.join(">");
  const line = `! ${f.severity.padEnd(8)} ${f.id.split("@")[0].padEnd(20)} [${[...f.categories.stride, ...f.categories.linddun].join(",")}] ${f.title}${f.folded.length ? "  +folded " + f.folded.map((x) => x.ruleId).join(",") : ""}`;
  (byT.get(k) ?? byT.set(k, []).get(k)!).push(line);
}
for (const [k, v] of byT) { console.log("== " + k); for (const l of v) console.log("  " + l); }
console.log(`\n${r.findings.length} findings, ${r.questions.length} questions`);
for (const q of r.questions) console.log(`  ? ${q.text}  <- ${q.dependents.map((d) => d.ruleId).join(",")}`);
