import { catalogInfo, dasfChecklistItem } from "../../src/engine/catalog";
import {
  ATLAS_ADDED,
  ATLAS_CHANGES_AS_OF,
  ATLAS_RETIRED,
} from "../../src/engine/catalog/atlasChanges";
import type { CoverageReport } from "../../src/engine/catalog/coverage";

/** The coverage report as plain text: one summary table, then the details per catalog. */
export function formatCoverage(report: CoverageReport): string {
  const lines: string[] = [
    `Catalog coverage by ${report.ruleCount} loaded rules (covered = cited by at least one rule)`,
    "",
  ];
  const rows: string[][] = [["catalog", "counted", "covered", "total", "goal"]];
  for (const c of report.catalogs) {
    const info = catalogInfo(c.catalog);
    rows.push([
      info.shortTitle,
      c.counted,
      String(c.covered.length),
      String(c.total),
      c.goal === null ? "" : `>= ${c.goal}${c.covered.length >= c.goal ? " ok" : ""}`,
    ]);
    if (c.catalog === "atlas") {
      rows.push([
        "",
        "parent techniques reached",
        String(report.atlasParents.reached),
        String(report.atlasParents.total),
        "",
      ]);
    }
    if (c.catalog === "dasf-2.0") {
      rows.push([
        "",
        "organisational (checklist items)",
        String(report.dasfChecklist.length),
        "",
        "",
      ]);
    }
  }
  lines.push(...table(rows), "");

  for (const c of report.catalogs) {
    const info = catalogInfo(c.catalog);
    lines.push(`${info.title} ${info.edition}: ${c.covered.length} / ${c.total} ${c.counted}`);
    if (c.viaCounterpart.size > 0) {
      const via = [...c.viaCounterpart].map(([code, other]) => `${code} (via ${other})`);
      lines.push(...wrapped("  covered through the other edition:", via));
    }
    lines.push(...wrapped("  uncovered:", c.uncovered.length > 0 ? [...c.uncovered] : ["none"]));
    if (c.hintedBy.size > 0) {
      const hints = [...c.hintedBy].map(([code, from]) => `${code} (${from.join(", ")})`);
      lines.push(...wrapped("  uncovered but mapped from cited agentic threats:", hints));
    }
    if (c.catalog === "atlas") {
      lines.push(
        `  counted: the 5.6.0 data less ${ATLAS_RETIRED.length} ids retired upstream, plus ${ATLAS_ADDED.length} added (ATLAS ${ATLAS_CHANGES_AS_OF})`,
      );
      lines.push(
        ...wrapped(
          "  mitigations cited:",
          report.atlasMitigationsCited.length > 0 ? [...report.atlasMitigationsCited] : ["none"],
        ),
      );
      for (const r of report.atlasRetired) {
        lines.push(
          `  ${r.id} is retired upstream (successor ${r.successor}); cited by ${r.ruleIds.join(", ")}`,
        );
      }
    }
    if (c.catalog === "dasf-2.0") {
      lines.push("  organisational, offered as model-level checklist items:");
      for (const risk of report.dasfChecklist) {
        const cited = report.dasfChecklistCited.includes(risk)
          ? "  (now cited by a rule: take it off the checklist)"
          : "";
        lines.push(`    ${risk}  ${dasfChecklistItem(risk)?.reason ?? ""}${cited}`);
      }
    }
    if (c.catalog === "dasf-2.0" || c.catalog === "dasf-3.0") {
      const edition = c.catalog === "dasf-2.0" ? "@2.0" : "@3.0";
      const off = report.dasfOffComponent.filter((o) => o.code.endsWith(edition));
      if (off.length > 0) {
        lines.push("  not counted (the rule does not fire on the risk's component):");
        for (const o of off) lines.push(`    ${o.code} on ${o.ruleId} (component ${o.component})`);
      }
    }
    lines.push("");
  }

  if (report.aiRulesWithoutMaestro.length > 0) {
    lines.push(
      ...wrapped(
        `AI rules that name no MAESTRO layer (${report.aiRulesWithoutMaestro.length}):`,
        report.aiRulesWithoutMaestro,
      ),
      "",
    );
  }
  if (report.unknown.length > 0) {
    lines.push("Cited codes no catalog knows:");
    for (const u of report.unknown) lines.push(`  ${u.ruleId}: ${u.field} ${u.code}`);
    lines.push("");
  }
  return lines.join("\n");
}

function table(rows: readonly string[][]): string[] {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => row[col]!.length)));
  const numeric = new Set([2, 3]);
  return rows.map((row, index) => {
    const line = row
      .map((cell, col) =>
        numeric.has(col) ? cell.padStart(widths[col]!) : cell.padEnd(widths[col]!),
      )
      .join("  ")
      .trimEnd();
    return index === 0 ? `${line}\n${"-".repeat(line.length)}` : line;
  });
}

/** A heading followed by codes, wrapped at 100 columns and indented under the heading. */
function wrapped(heading: string, codes: readonly string[]): string[] {
  const lines: string[] = [];
  let line = heading;
  for (const code of codes) {
    if (line.length + 1 + code.length > 100 && line.trim() !== "") {
      lines.push(line);
      line = "    ";
    }
    line += (line.endsWith(" ") ? "" : " ") + code;
  }
  lines.push(line);
  return lines;
}
