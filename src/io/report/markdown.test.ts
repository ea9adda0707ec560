import { describe, expect, it } from "vitest";
import { formatMarkdownReport } from "./markdown";
import {
  FIXED_TIME,
  makeFinding,
  makeQuestion,
  mixedResult,
  resultOf,
  smallModel,
} from "./testing/fixtures";
import { renderMarkdown, tagNames } from "./testing/renderMarkdown";

const OPTIONS = { generatedAt: FIXED_TIME };

describe("Markdown report", () => {
  const markdown = formatMarkdownReport(smallModel(), mixedResult(), OPTIONS);

  it("has a title, a summary, findings by element and questions apart", () => {
    const headings = markdown.split("\n").filter((line) => line.startsWith("#"));
    expect(headings).toEqual([
      "# Threat model report: Test model",
      "## Summary",
      "## Findings",
      "### API gateway (process `gateway`)",
      "#### Critical: Prompts travel unencrypted",
      "### (unnamed data store) (data store `store`)",
      "#### Low: Records in the store can be linked",
      "## Questions to answer",
      "### Model server (process `server`)",
    ]);
  });

  it("summarises counts in a table", () => {
    const html = renderMarkdown(markdown);
    const table = html.slice(html.indexOf("<table>"), html.indexOf("</table>"));
    const rows = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) =>
      [...(m[1] ?? "").matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((c) => c[1]),
    );
    expect(rows).toEqual([
      ["Severity", "Findings", "Open", "Accepted"],
      ["Critical", "1", "1", "0"],
      ["High", "0", "0", "0"],
      ["Medium", "0", "0", "0"],
      ["Low", "1", "1", "0"],
      ["Info", "0", "0", "0"],
      ["Total", "2", "2", "0"],
    ]);
    expect(markdown).toContain("Triaged: 0 of 2 findings · Open: 2");
    expect(markdown).toContain("Questions to answer: 1");
  });

  it("says why a finding fired, with categories, references as links and mitigations", () => {
    expect(markdown).toContain(
      "- **Categories:** STRIDE I (Information disclosure), LINDDUN DD (Data Disclosure)",
    );
    expect(markdown).toContain("- **Elements:** API gateway → Prompts → Model server");
    expect(markdown).toContain(
      "**Why it fired:**\n\n- Prompts (data flow): `encryptedInTransit` = `no`",
    );
    expect(markdown).toContain(
      "- [AML.T0024 Exfiltration via AI Inference API](https://atlas.mitre.org/techniques/AML.T0024)",
    );
    expect(markdown).toContain(
      "- [LLM02:2025 Sensitive Information Disclosure](https://genai.owasp.org/llmrisk/llm022025-sensitive-information-disclosure/)",
    );
    expect(markdown).toContain(
      "**Mitigations:**\n\n1. Use TLS between the gateway and the server.",
    );
    expect(markdown).toContain("- **Severity:** Critical (likelihood 4 × impact 5 = score 20)");
  });

  it("lists a question with what answering it could add", () => {
    expect(markdown).toContain(
      "- **Does Model server authenticate its callers?** (id `authenticatesCallers@server`)",
    );
    expect(markdown).toContain(
      "  - could add: Callers of Model server may be spoofed (Medium; rule `STRIDE-PROC-S`)",
    );
  });

  it("says so when there is nothing to report", () => {
    const empty = formatMarkdownReport(smallModel(), resultOf([]), OPTIONS);
    expect(empty).toContain("No findings.");
    expect(empty).toContain("No open questions.");
  });
});

describe("Markdown report with hostile names", () => {
  const hostile = {
    gateway: "<script>alert('gw')</script> | **pwned** | [x](javascript:alert(1))",
    server: "Server\n\n# Injected heading\n| a | b |\n|---|---|",
    flow: "<img src=x onerror=alert(1)> `tick` ![i](https://evil.example/i.png)",
  };
  const model = {
    ...smallModel(hostile),
    name: "Model | with <b>html</b> & *stars*",
    description: "<iframe src=https://evil.example></iframe>\n---\nText",
    owner: "Mallory <mallory@evil.example>",
  };
  const result = resultOf(
    [
      makeFinding({
        title: `${hostile.flow} travels unencrypted`,
        description: `Between ${hostile.gateway} and ${hostile.server}.`,
        mitigations: [`Protect ${hostile.flow}.`],
      }),
    ],
    [makeQuestion({ text: `Does ${hostile.server} authenticate?` })],
  );
  const markdown = formatMarkdownReport(model, result, OPTIONS);
  const html = renderMarkdown(markdown);

  it("never lets user text become HTML", () => {
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
      "table",
      "thead",
      "tbody",
      "tr",
      "th",
      "td",
    ]);
    expect([...tagNames(html)].filter((tag) => !allowed.has(tag))).toEqual([]);
    expect(html).not.toMatch(/<(script|img|iframe|b)[\s>]/i);
  });

  it("never turns user text into links", () => {
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual([
      "https://atlas.mitre.org/techniques/AML.T0024",
      "https://genai.owasp.org/llmrisk/llm022025-sensitive-information-disclosure/",
    ]);
  });

  it("keeps the document structure: no injected headings, tables or cells", () => {
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html.match(/<h3>/g)).toHaveLength(2);
    expect(html.match(/<table>/g)).toHaveLength(1);
    expect(html.match(/<td[ >]/g)).toHaveLength(24);
  });

  it("shows the names as written", () => {
    expect(html).toContain(
      "&lt;script&gt;alert('gw')&lt;/script&gt; | **pwned** | [x](javascript:alert(1))",
    );
    expect(html).toContain("Model | with &lt;b&gt;html&lt;/b&gt; &amp; *stars*");
  });
});
