import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ThreatModelSchema } from "../../domain/schema";
import { FindingItem } from "./FindingItem";
import { buildTargetIndex } from "./targets";
import { finding, sampleDoc, installCatalogsForTests } from "./testing";

installCatalogsForTests();

/**
 * Markup checks without a DOM: what a finding row always shows, what its details add, and that
 * user-typed names are text, never markup. Behaviour is covered by the pure modules and e2e.
 */

const noop = () => {};

function render(
  doc: ReturnType<typeof sampleDoc>,
  f: ReturnType<typeof finding>,
  expanded = false,
) {
  return renderToStaticMarkup(
    <FindingItem
      finding={f}
      index={buildTargetIndex(doc)}
      expanded={expanded}
      onToggle={noop}
      onActivate={noop}
    />,
  );
}

const poison = finding({
  ruleId: "AI-POISON-01",
  targetIds: ["provider", "f1", "store"],
  title: "Anyone posing as Data vendor can poison the training data",
  severity: "high",
  categories: { stride: ["S", "T"], linddun: ["DD"], ai: [] },
  because: [{ subjectId: "f1", fact: "authenticated", value: "no" }],
  references: { atlas: ["AML.T0020"], owasp: ["ML02:2023"] },
  mitigations: ["Authenticate the vendor."],
});

describe("FindingItem markup", () => {
  it("is a focusable list item named by its title, severity and element", () => {
    const html = render(sampleDoc(), poison);
    expect(html).toMatch(/^<li [^>]*tabindex="0"/);
    const ids = /aria-labelledby="([^"]+)"/.exec(html)![1]!.split(" ");
    expect(ids).toHaveLength(3);
    expect(html).toContain(
      `id="${ids[0]}">Anyone posing as Data vendor can poison the training data<`,
    );
    expect(html).toContain(`id="${ids[1]}">High<`);
    expect(html).toContain(`id="${ids[2]}">Data vendor → Daily batch → Training data<`);
  });

  it("always shows severity, categories and reference ids; details stay closed", () => {
    const html = render(sampleDoc(), poison);
    expect(html).toContain("STRIDE S · Spoofing");
    expect(html).toContain("STRIDE T · Tampering");
    expect(html).toContain("LINDDUN DD · Data Disclosure");
    expect(html).toContain("AML.T0020");
    expect(html).toContain('aria-expanded="false"');
    expect(html).not.toContain("Authenticate the vendor.");
    expect(html).not.toContain("<a ");
  });

  it("opens details: why in words, references as safe external links, mitigations", () => {
    const html = render(sampleDoc(), poison, true);
    expect(html).toContain('aria-expanded="true"');
    expect(html).toContain("Daily batch: authenticated = no");
    expect(html).toContain(
      '<a href="https://atlas.mitre.org/techniques/AML.T0020" target="_blank" rel="noopener noreferrer">AML.T0020 Poison Training Data</a>',
    );
    expect(html).toMatch(
      /<a href="https:\/\/owasp\.org\/[^"]+" target="_blank" rel="noopener noreferrer">ML02:2023 Data Poisoning Attack<\/a>/,
    );
    expect(html).toContain("<li>Authenticate the vendor. <button");
    expect(html).toContain('aria-label="Create mitigation: Authenticate the vendor"');
  });

  it("shows a finding's triage status and a box to select it", () => {
    const html = render(sampleDoc(), poison);
    expect(html).toContain('aria-label="Status: Open"');
    expect(html).toContain('data-status="open"');
    expect(html).toContain(`aria-label="Select: ${poison.title}"`);
  });

  it("says what other rules on the same root cause were folded into it", () => {
    const merged = finding({
      ...poison,
      folded: [
        {
          ruleId: "STRIDE-FLOW-S-01",
          findingId: "STRIDE-FLOW-S-01@provider>f1>store",
          title: "Data vendor can be impersonated",
        },
      ],
    });
    expect(render(sampleDoc(), merged)).not.toContain("Also reported as");
    const html = render(sampleDoc(), merged, true);
    expect(html).toContain("<h4>Also reported as</h4>");
    expect(html).toContain("Data vendor can be impersonated");
    expect(html).toContain("(STRIDE-FLOW-S-01)");
    expect(render(sampleDoc(), poison, true)).not.toContain("Also reported as");
  });

  it("renders names users typed as text, never as markup", () => {
    const doc = ThreatModelSchema.parse({
      ...sampleDoc(),
      elements: sampleDoc().elements.map((e) =>
        e.id === "store" ? { ...e, name: '<img src=x onerror="alert(1)">' } : e,
      ),
    });
    const html = render(doc, finding({ targetIds: ["store"], title: "<b>not bold</b>" }), true);
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(html).toContain("&lt;b&gt;not bold&lt;/b&gt;");
  });
});
