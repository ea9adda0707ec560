import { median } from "../canvas/report/stats";

/** One line of the table: a figure of issue 11 item 15/16, beside its baseline from this run. */
export interface FigureRow {
  figure: string;
  /** What is measured, e.g. "1,000 elements". */
  subject: string;
  values: number[];
  baseline: { label: string; values: number[] } | null;
  unit: "ms" | "s" | "MB" | "x";
  /** Budget: the median must be at most this (same unit); null when none. */
  budget: number | null;
  note?: string;
}

const fmt = (value: number, unit: FigureRow["unit"]) => {
  if (!Number.isFinite(value)) return "n/a";
  if (unit === "s") return `${(value / 1000).toFixed(2)} s`;
  if (unit === "MB") return `${value.toFixed(1)} MB`;
  if (unit === "x") return `${value.toFixed(2)}x`;
  return `${value.toFixed(1)} ms`;
};

/** Medians, side by side: value, baseline, ratio, budget and verdict. */
export function formatFigures(rows: readonly FigureRow[]): string {
  const cells = rows.map((r) => {
    const value = median(r.values);
    const base = r.baseline ? median(r.baseline.values) : NaN;
    const verdict = r.budget === null ? "" : value <= r.budget ? "PASS" : "OVER";
    return [
      r.figure,
      r.subject,
      fmt(value, r.unit),
      `n=${r.values.length}`,
      r.baseline ? `${fmt(base, r.unit)} (${r.baseline.label})` : "",
      r.baseline && base > 0 && r.unit !== "x" ? `${(value / base).toFixed(2)}x` : "",
      r.budget === null ? "" : `<= ${fmt(r.budget, r.unit)}`,
      verdict,
      r.note ?? "",
    ];
  });
  const header = [
    "figure",
    "model",
    "median",
    "",
    "baseline, same run",
    "ratio",
    "budget",
    "",
    "note",
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    c
      .map((v, i) => (i >= 2 && i <= 5 ? v.padStart(widths[i]!) : v.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(header), "-".repeat(line(header).length), ...cells.map(line)].join("\n");
}
