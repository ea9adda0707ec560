import { BUDGET } from "../config";
import type { PageFigures, SizeSummary } from "./summary";

/** The side-by-side table (medians over rounds) with the verdict against PRODUCT.md. */
export function formatTable(summaries: SizeSummary[]): string {
  const header = "model        page   median ms   p95 ms";
  const lines = [header, "-".repeat(header.length)];
  for (const s of summaries) {
    lines.push(row(s.size.label, "bare", [s.bare.medianMs, s.bare.p95Ms]));
    lines.push(row(s.size.label, "app", [s.app.medianMs, s.app.p95Ms]) + "   " + verdict(s));
  }
  return lines.join("\n");
}

/** Where a move's CPU time goes, and the wall-clock view of the same tasks. */
export function formatBreakdown(summaries: SizeSummary[]): string {
  const header =
    "model        page   script  style+layout  paint+comp     gc  other  | script/drag ms | wall median  wall p95";
  const lines = [header, "-".repeat(header.length)];
  for (const s of summaries) {
    for (const [page, f] of [
      ["bare", s.bare],
      ["app", s.app],
    ] as const)
      lines.push(breakdownRow(s.size.label, page, f));
  }
  return lines.join("\n");
}

export function formatRounds(summaries: SizeSummary[]): string {
  const lines: string[] = [];
  for (const s of summaries) {
    s.rounds.forEach((r, i) => {
      lines.push(
        `  ${s.size.label.padEnd(10)} round ${i + 1}: bare ${fmt(r.bare.medianMs)} / ${fmt(r.bare.p95Ms)}   ` +
          `app ${fmt(r.app.medianMs)} / ${fmt(r.app.p95Ms)}   ratio ${r.ratio.toFixed(2)}x`,
      );
    });
    for (const note of s.dispatchNotes) lines.push(`  ${s.size.label} note: ${note}`);
  }
  return ["Per round (CPU median / p95 ms per move):", ...lines].join("\n");
}

function row(label: string, page: string, values: number[]): string {
  return [
    label.padEnd(12),
    page.padEnd(6),
    fmt(values[0]!).padStart(9),
    fmt(values[1]!).padStart(8),
  ].join(" ");
}

function breakdownRow(label: string, page: string, f: PageFigures): string {
  const k = f.byKind;
  return [
    label.padEnd(12),
    page.padEnd(6),
    fmt(k.script).padStart(6),
    fmt(k["style+layout"]).padStart(13),
    fmt(k["paint+composite"]).padStart(11),
    fmt(k.gc).padStart(6),
    fmt(k.other).padStart(6),
    " |",
    fmt(f.totalScriptMs).padStart(14),
    " |",
    fmt(f.wallMedianMs).padStart(11),
    fmt(f.wallP95Ms).padStart(9),
  ].join(" ");
}

function verdict(s: SizeSummary): string {
  const ratio = `ratio p95 app/bare: ${s.ratio.toFixed(2)}x`;
  if (!s.size.budgeted) return `${ratio}  (no budget at this size)`;
  const ok = s.app.p95Ms <= BUDGET.p95Ms && s.ratio <= BUDGET.ratio;
  return `${ratio}  (budget: p95 <= ${BUDGET.p95Ms} ms and ratio <= ${BUDGET.ratio}x) ${ok ? "PASS" : "OVER"}`;
}

function fmt(ms: number): string {
  return ms.toFixed(2);
}
