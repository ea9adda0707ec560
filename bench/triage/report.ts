import type { Interaction, Path } from "./interact";

export interface CaseResult {
  label: string;
  elements: number;
  flows: number;
  /** Findings in the list (filtered to findings: the panel's "N of … shown"). */
  findings: number;
  /** Finding cards rendered on screen (the list shows a page at a time). */
  rows: number;
  cpuSlowdown: number;
  /** The timing pass (no render counter installed). */
  times: Record<Path, Interaction[]>;
  /** The counting pass (render counter installed; its times are not reported). */
  renders: Record<Path, Interaction[]>;
  /** Ticking a card's select box: the cost of the smallest change to the list. */
  reference: Interaction[];
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

const PATHS: Record<Path, string> = {
  click: 'click "Needs investigation" in the card\'s status menu',
  key: "press I on the focused card",
};

/** Renders per interaction, by component: the median, and the most seen in any one. */
function renderTable(interactions: readonly Interaction[]): string[] {
  const names = new Set(interactions.flatMap((i) => Object.keys(i.counts)));
  const rows = [...names].map((name) => {
    const counts = interactions.map((i) => i.counts[name] ?? 0);
    return { name, median: quantile(counts, 0.5), max: Math.max(...counts) };
  });
  rows.sort((a, b) => b.max - a.max || a.name.localeCompare(b.name));
  return rows.map(
    (r) =>
      `      ${r.name.padEnd(28)} ${String(r.median).padStart(6)} ${String(r.max).padStart(6)}`,
  );
}

export function printCase(result: CaseResult): void {
  const lines = [
    "",
    `${result.label}: ${result.elements} elements, ${result.flows} flows, ${result.findings} findings listed, ${result.rows} cards on screen${result.cpuSlowdown > 1 ? `, CPU slowed ${result.cpuSlowdown}x` : ""}`,
  ];
  const kindsOf = (list: readonly Interaction[]) =>
    (["script", "style+layout", "paint+composite", "gc", "other"] as const)
      .map(
        (kind) =>
          `${kind} ${ms(
            quantile(
              list.map((i) => i.cost?.byKind[kind] ?? NaN),
              0.5,
            ),
          )}`,
      )
      .join(", ");
  const ref = result.reference;
  lines.push(
    `  reference: tick a card's select box (one card changes, nothing else), ${ref.length} times:`,
    `    main-thread CPU median ${ms(
      quantile(
        ref.map((i) => i.cost?.cpu ?? NaN),
        0.5,
      ),
    )} (${kindsOf(ref)}); wall median ${ms(
      quantile(
        ref.map((i) => i.ms),
        0.5,
      ),
    )}`,
  );
  for (const path of ["click", "key"] as const) {
    const times = result.times[path].map((i) => i.ms);
    const cpu = result.times[path].map((i) => i.cost?.cpu ?? NaN);
    const kinds = (["script", "style+layout", "paint+composite", "gc", "other"] as const).map(
      (kind) =>
        `${kind} ${ms(
          quantile(
            result.times[path].map((i) => i.cost?.byKind[kind] ?? NaN),
            0.5,
          ),
        )}`,
    );
    const counted = result.renders[path];
    const commits = counted.map((i) => i.commits);
    lines.push(
      `  ${PATHS[path]}:`,
      `    main-thread CPU, input to painted frame, over ${times.length} findings: median ${ms(quantile(cpu, 0.5))}, p95 ${ms(quantile(cpu, 0.95))}`,
      `      (medians by kind: ${kinds.join(", ")})`,
      `    click-to-paint wall time: median ${ms(quantile(times, 0.5))}, p95 ${ms(quantile(times, 0.95))}, max ${ms(Math.max(...times))}`,
      `    React commits per triage: median ${quantile(commits, 0.5)}, max ${Math.max(...commits)} (${counted.length} more findings, render counter on)`,
      "    components rendered per triage (median, max):",
      ...renderTable(counted),
    );
  }
  console.log(lines.join("\n"));
}
