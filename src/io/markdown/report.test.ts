import { describe, expect, it } from "vitest";
import { buildReportData } from "../reportData";
import { checklistPipeline, FIXED_TIME, triagedPipeline } from "../reportData/testing/fixture";
import { renderMarkdown, tagNames } from "../report/testing/renderMarkdown";
import { mermaidFlowchart, mermaidLabel } from "./mermaid";
import { formatMarkdownFullReport } from "./report";

describe("full Markdown report", () => {
  const { model, result } = triagedPipeline();
  const markdown = formatMarkdownFullReport(
    buildReportData(model, result, { generatedAt: FIXED_TIME, preparedBy: "Dana Kim" }),
  );

  it("has the PDF's sections in order", () => {
    const h2 = markdown.split("\n").filter((l) => l.startsWith("## "));
    expect(h2).toEqual([
      "## Scope and description",
      "## Diagram",
      "## Executive summary",
      "## Findings by element",
      "## Findings by category",
      "## Mitigation plan",
      "## Assumptions",
      "## Organisation checklist",
      "## Open questions",
      "## Workshop session",
      "## Decision log",
      "## Decisions on findings that no longer apply",
      "## Appendix: elements and their properties",
    ]);
    expect(markdown).toContain("- **Prepared by:** Dana Kim");
    expect(markdown).toMatch(
      /- \*\*Document version:\*\* last changed 2026-12-01 09:00 UTC, fingerprint [0-9a-f]{12}/,
    );
  });

  it("shows a triaged finding with its decision, risk, references and mitigations", () => {
    const start = markdown.indexOf(
      "The model behind GPU inference server can be copied by querying it",
    );
    const section = markdown.slice(start, markdown.indexOf("####", start + 10));
    expect(section).toContain("- **Status:** Accepted");
    expect(section).toContain("- **Risk:** High (DREAD-AI 6.9, adjusted by the team)");
    expect(section).toContain("- **Residual risk:** Low (likelihood 1 × impact 4 = 4)");
    expect(section).toContain(
      "- **Justification:** Only authenticated enterprise customers reach the server",
    );
    expect(section).toContain(
      "- **Ticket:** [https\\://tickets.example.com/SEC-101](https://tickets.example.com/SEC-101)",
    );
    expect(section).toMatch(
      /\[AML\.T0024\.002 [^\]]+\]\(https:\/\/atlas\.mitre\.org\/techniques\/AML\.T0024\.002\)/,
    );
  });

  it("has the diagram as a Mermaid block", () => {
    expect(markdown).toMatch(/```mermaid\nflowchart LR\n {2}subgraph n1\["Internet"\]/);
  });

  it("never lets user text become HTML, a link or structure", () => {
    const hostile = "<img src=x onerror=alert(1)> | [x](javascript:alert(1)) # **b**\n## Injected";
    const evil = {
      ...model,
      name: hostile,
      description: hostile,
      owner: hostile,
      elements: model.elements.map((e) => ({ ...e, name: `${e.name} ${hostile}` })),
      triage: {
        ...model.triage,
        "AI-EXTRACT-01@inference-server": {
          ...model.triage["AI-EXTRACT-01@inference-server"]!,
          justification: hostile,
        },
      },
      assumptions: model.assumptions.map((a) => ({ ...a, text: hostile })),
    };
    const text = formatMarkdownFullReport(
      buildReportData(evil, result, { generatedAt: FIXED_TIME, preparedBy: hostile }),
    );
    const html = renderMarkdown(text);
    const allowed = new Set([
      "h1",
      "h2",
      "h3",
      "h4",
      "p",
      "ul",
      "ol",
      "li",
      "strong",
      "code",
      "a",
      "pre",
      "table",
      "thead",
      "tbody",
      "tr",
      "th",
      "td",
      "img",
    ]);
    expect([...tagNames(html)].filter((t) => !allowed.has(t))).toEqual([]);
    const tags = (html.match(/<[^>]+>/g) ?? []).join("\n");
    expect(tags).not.toMatch(/<img|onerror=|javascript:/i);
    expect(html.match(/<h2>/g)).toHaveLength(13);
    // Only the catalogs' sites and the ticket a person gave.
    const hosts = new Set([
      "atlas.mitre.org",
      "genai.owasp.org",
      "owasp.org",
      "owaspai.org",
      "linddun.org",
      "www.databricks.com",
      "csrc.nist.gov",
      "cloudsecurityalliance.org",
      "tickets.example.com",
    ]);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    for (const href of hrefs) {
      expect(href).toMatch(/^https:\/\//);
      expect(hosts.has(new URL(href).hostname), href).toBe(true);
    }
  });
});

describe("Mermaid diagram", () => {
  it("writes every character but letters, digits and spaces as an entity code", () => {
    expect(mermaidLabel('Zürich "A" [b] (c) |d| #e; `f` <g> 模型')).toBe(
      "Zürich #34;A#34; #91;b#93; #40;c#41; #124;d#124; #35;e#59; #96;f#96; #60;g#62; 模型",
    );
  });

  it("nests boundaries as subgraphs and draws each shape", () => {
    const { model } = triagedPipeline();
    const chart = mermaidFlowchart(model);
    expect(chart).toContain('  subgraph n2["DMZ"]\n    n9(("API gateway"))\n  end');
    expect(chart).toMatch(/n11\[\("Inference log store"\)\]/);
    expect(chart).toMatch(/n7\["API client"\]/);
    expect(chart).toContain('  n7 <-->|"Prompts"| n9');
  });
});

describe("full Markdown report: the organisation checklist", () => {
  it("lists each item with its answer and note, escaped", () => {
    const { model, result } = checklistPipeline();
    const withMarkup = {
      ...model,
      checklist: {
        ...model.checklist,
        "DASF-12.3@2.0": {
          ...model.checklist["DASF-12.3@2.0"]!,
          note: "<img src=x onerror=alert(1)> | *plan*",
        },
      },
    };
    const markdown = formatMarkdownFullReport(
      buildReportData(withMarkup, result, { generatedAt: FIXED_TIME }),
    );
    const start = markdown.indexOf("## Organisation checklist");
    const section = markdown.slice(start, markdown.indexOf("\n## ", start + 5));
    expect(section).toContain("3 of 12 items answered");
    expect(section).toMatch(
      /\| DASF 2\.0 risk 12\.3: Lack of incident response \| .*incident response plan.* \| No \|/,
    );
    expect(section).toMatch(/\| DASF 2\.0 risk 1\.9: Stale data \| .* \| Not answered \|/);
    expect(section).not.toContain("<img");
    expect(tagNames(renderMarkdown(section))).not.toContain("img");
  });
});
