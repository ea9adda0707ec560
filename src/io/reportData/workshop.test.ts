import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPdfFonts } from "../../cli/fontFiles";
import type { ThreatModel } from "../../domain/schema";
import { setStatus } from "../../domain/triage";
import { buildDiagramScene } from "../diagram/scene";
import { formatMarkdownFullReport } from "../markdown";
import { renderPdfReport } from "../pdf";
import { buildJsonReport } from "../report/json";
import { formatMarkdownReport } from "../report/markdown";
import { buildReportData } from "./build";
import { FIXED_TIME, triagedPipeline } from "./testing/fixture";

/** The triaged fixture after a session: a prompt answered, a decision taken in the walk. */
function afterSession(): {
  model: ThreatModel;
  result: ReturnType<typeof triagedPipeline>["result"];
} {
  const { model, result } = triagedPipeline();
  const finding = result.findings.find((f) => f.id === "AI-TAMPER-01@artifact-store")!;
  const decided = setStatus(
    model,
    finding,
    { status: "needsInvestigation" },
    { by: "Dana Kim", at: "2026-12-01T09:40:00.000Z" },
    "walk",
  );
  if (!decided.ok) throw new Error(decided.error);
  const session: ThreatModel = {
    ...decided.doc,
    workshop: {
      ...decided.doc.workshop,
      notes: "First pass over the serving path.\n09:42 — Artifact bucket ACL to be checked.",
      promptAnswers: {
        ...decided.doc.workshop.promptAnswers,
        "model-swap@artifact-store": {
          answer: "Anyone with the deploy role can overwrite files.",
          at: "2026-12-01T09:41:00.000Z",
        },
      },
    },
  };
  return { model: session, result };
}

describe("the workshop in reports", () => {
  const { model, result } = afterSession();
  const data = buildReportData(model, result, { generatedAt: FIXED_TIME });

  it("collects attendees, agenda, walk progress, prompt answers in order, and walk decisions", () => {
    expect(data.workshop).toMatchObject({
      attendees: [
        { name: "Dana Kim", role: "Security lead" },
        { name: "Ravi Patel", role: "ML engineer" },
      ],
      agenda: [
        { id: "review", label: "Review the diagram", minutes: 20 },
        { id: "walk", label: "Walk each element and flow", minutes: 90 },
        { id: "score", label: "Score the threats", minutes: 30 },
        { id: "mitigations", label: "Choose the top mitigations", minutes: 30 },
      ],
      walk: { walked: 2, total: model.elements.length + model.flows.length },
      walkDecisions: 1,
    });
    expect(data.workshop!.promptAnswers).toEqual([
      {
        key: "extraction@inference-server",
        promptId: "extraction",
        subjectId: "inference-server",
        // An answer to a prompt the catalog no longer has keeps its place.
        question: 'Prompt "extraction"',
        subject: "GPU inference server",
        answer: "Quotas per key; reviewed monthly.",
        at: "2026-12-01T09:30:00.000Z",
      },
      {
        key: "model-swap@artifact-store",
        promptId: "model-swap",
        subjectId: "artifact-store",
        question:
          "Could someone replace the model between training and serving without anyone noticing?",
        subject: expect.any(String),
        answer: "Anyone with the deploy role can overwrite files.",
        at: "2026-12-01T09:41:00.000Z",
      },
    ]);
  });

  it("is left out when no session left anything (an untouched agenda is not a session)", () => {
    const untouched: ThreatModel = {
      ...model,
      decisionLog: [],
      workshop: { ...model.workshop, attendees: [], notes: "", walked: [], promptAnswers: {} },
    };
    expect(buildReportData(untouched, result).workshop).toBeNull();
    expect(buildJsonReport(untouched, result).workshop).toBeNull();
  });

  it("is in the full Markdown report, with the walk's decisions marked in the log", () => {
    const markdown = formatMarkdownFullReport(data);
    const section = markdown.slice(
      markdown.indexOf("## Workshop session"),
      markdown.indexOf("## Decision log"),
    );
    expect(section).toContain("- Dana Kim, Security lead");
    expect(section).toContain("- Walk each element and flow: 90 min");
    expect(section).toContain(
      `- **Guided walk:** 2 of ${data.workshop!.walk.total} elements, flows and boundaries walked`,
    );
    const subject = data.workshop!.promptAnswers[1]!.subject;
    expect(section).toContain(
      `| ${subject} | Could someone replace the model between training and serving without anyone noticing? | Anyone with the deploy role can overwrite files. | 2026-12-01 09:41 |`,
    );
    expect(section).toContain("09:42 — Artifact bucket ACL to be checked.");
    expect(markdown).toContain("| Open → Needs investigation | Dana Kim | guided walk |");
  });

  it("is in the JSON report with the ids walked, and in the command line's Markdown", () => {
    const json = buildJsonReport(model, result, { generatedAt: FIXED_TIME });
    expect(json.workshop).toMatchObject({
      walked: ["api-client", "api-gateway"],
      walkDecisions: 1,
      notes: model.workshop.notes,
    });
    expect(json.decisionLog.at(-1)).toMatchObject({ via: "walk", by: "Dana Kim" });
    const markdown = formatMarkdownReport(model, result, { generatedAt: FIXED_TIME });
    expect(markdown).toContain("## Workshop session");
    expect(markdown).toContain("Attendees: Dana Kim (Security lead), Ravi Patel (ML engineer)");
    expect(markdown).toContain("Anyone with the deploy role can overwrite files.");
  });

  const poppler = spawnSync("pdftotext", ["-v"]).error === undefined;
  it.runIf(poppler)(
    "is a section of the PDF",
    async () => {
      const bytes = await renderPdfReport(data, buildDiagramScene(model), readPdfFonts());
      const file = join(mkdtempSync(join(tmpdir(), "tc-pdf-")), "report.pdf");
      writeFileSync(file, bytes);
      const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
      const section = text.slice(text.lastIndexOf("Workshop session")).replace(/\s+/g, " ");
      expect(section).toContain("Ravi Patel, ML engineer");
      expect(section).toContain("2 of");
      expect(section).toContain("Anyone with the deploy role can overwrite files.");
      expect(section).toContain("Artifact bucket ACL to be checked.");
      expect(text).toContain("guided walk");
    },
    60_000,
  );
});
