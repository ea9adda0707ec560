import { readFileSync } from "node:fs";
import { importTmt } from "../src/io/tmt";
import { decodeText } from "../src/io/interop/text";
for (const f of ["MTMT_example.tm7", "MTMT_nested_tz.tm7", "MTMT_simple_line_boundary.tm7"]) {
  const t0 = performance.now();
  const r = importTmt(decodeText(readFileSync(`/work/shared/fixtures/interop/tmt/${f}`)));
  console.log(f, Math.round(performance.now() - t0), "ms");
  if (!r.ok) { console.log(r.errors); continue; }
  const d = r.diagrams[0]!;
  console.log(d.name, d.source, d.arrived);
  for (const e of d.report) console.log("  ", e.kind, e.item, e.text);
  for (const e of d.model.elements) console.log("   el", e.type, JSON.stringify(e.name), e.parentId?.slice(0, 8), e.position, JSON.stringify(e.props), e.technologies);
  for (const fl of d.model.flows) console.log("   fl", fl.label, fl.source.slice(0, 8), fl.target.slice(0, 8), fl.crossesBoundaryIds ?? "", JSON.stringify(fl.props).slice(0, 200));
  const t = d.model.customThreats[0]!; console.log(t, d.model.triage[t.id]);
}
