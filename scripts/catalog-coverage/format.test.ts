import { describe, expect, it } from "vitest";
import { catalogCoverage } from "../../src/engine/catalog/coverage";
import { DASF_CHECKLIST } from "../../src/engine/catalog/dasfChecklist";
import { ruleOf } from "../../src/engine/testing/rules";
import { formatCoverage } from "./format";

describe("coverage text", () => {
  const text = formatCoverage(
    catalogCoverage([
      ruleOf({
        id: "FAKE-LLM-01",
        pack: "ai",
        target: { mlKinds: ["llm"] },
        references: {
          owasp: ["LLM06:2025"],
          dasf: ["DASF-9.13@2.0", "DASF-1.1@2.0"],
          agentic: ["AGT-T2@1.1"],
          atlas: ["AML.T0058"],
        },
      }),
    ]),
  );

  it("prints one table row per catalog with covered, total and goal", () => {
    expect(text).toMatch(/^Catalog coverage by 1 loaded rules/);
    expect(text).toMatch(/^DASF 2\.0 +risks cited on their component +1 +62 +>= 50$/m);
    expect(text).toMatch(/^CoSAI Risk Map +risks +0 +36 +>= 36$/m);
    expect(text).toMatch(/^OWASP LLM 2026 +risks +1 +10$/m);
    expect(text).toMatch(
      new RegExp(`^ +organisational \\(checklist items\\) +${DASF_CHECKLIST.length}$`, "m"),
    );
  });

  it("lists uncovered codes, the other LLM edition, checklist reasons and what did not count", () => {
    expect(text).toContain("covered through the other edition: LLM03:2026 (via LLM06:2025)");
    expect(text).toMatch(/uncovered: ASI01:2026 /);
    expect(text).toContain(
      "uncovered but mapped from cited agentic threats: ASI02:2026 (AGT-T2@1.1)",
    );
    expect(text).toMatch(/DASF-12\.3@2\.0 {2}\S.+/);
    expect(text).toContain("DASF-1.1@2.0 on FAKE-LLM-01 (component 1)");
    expect(text).toContain("AI rules that name no MAESTRO layer (1): FAKE-LLM-01");
    expect(text).toContain(
      "AML.T0058 is retired upstream (successor AML.T0115.001); cited by FAKE-LLM-01",
    );
  });

  it("wraps long code lists under their heading", () => {
    const continued = text.split("\n").filter((line) => /^ {4}(AML|cosai|owaspai)/.test(line));
    expect(continued.length).toBeGreaterThan(5);
    for (const line of continued) expect(line.length, line).toBeLessThanOrEqual(100);
  });
});
