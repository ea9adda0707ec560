import type { Result } from "sarif";
import { describe, expect, it } from "vitest";
import { FINGERPRINT_KEY, buildSarifLog, genericText, toUriReference } from "./sarif";
import { makeFinding, mixedResult, resultOf, smallModel, withTriage } from "./testing/fixtures";
import { sarifSchemaErrors } from "./testing/sarifSchema";
import type { Severity } from "../../engine/types";

const model = smallModel();
const modelText = JSON.stringify(model, null, 2);
const options = { modelUri: "models/test model.json", modelText };

function onlyRun(log: ReturnType<typeof buildSarifLog>) {
  expect(log.runs).toHaveLength(1);
  return log.runs[0]!;
}

describe("SARIF log", () => {
  const log = buildSarifLog(model, mixedResult(), options);
  const run = onlyRun(log);
  const results = run.results ?? [];

  it("validates against the SARIF 2.1.0 schema", () => {
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.version).toBe("2.1.0");
  });

  it("names the tool and lists exactly the rules that produced results", () => {
    const driver = run.tool.driver;
    expect(driver.name).toBe("ThreatCanvas");
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.rules?.map((r) => r.id)).toEqual(["LINDDUN-STORE-L", "STRIDE-FLOW-I"]);
    const flowRule = driver.rules?.find((r) => r.id === "STRIDE-FLOW-I");
    expect(flowRule).toMatchObject({
      name: "STRIDE-FLOW-I",
      shortDescription: { text: "Prompts travel unencrypted" },
      helpUri: "https://atlas.mitre.org/techniques/AML.T0024",
      defaultConfiguration: { level: "error" },
      properties: {
        tags: [
          "security",
          "privacy",
          "external/stride/I",
          "external/linddun/DD",
          "external/atlas/AML.T0024",
          "external/owasp/LLM02:2025",
        ],
        "security-severity": "9.5",
      },
    });
    for (const result of results) {
      expect(driver.rules?.[result.ruleIndex ?? -1]?.id).toBe(result.ruleId);
    }
  });

  it("tags a rule with every catalog code its findings cite", () => {
    const finding = makeFinding({
      references: {
        atlas: ["AML.T0051"],
        owasp: ["LLM01:2025"],
        dasf: ["DASF-9.1@2.0"],
        cosai: ["cosai:riskPromptInjection"],
        maestro: ["L1"],
      },
    });
    const driver = onlyRun(buildSarifLog(model, resultOf([finding]), options)).tool.driver;
    expect(driver.rules?.[0]?.properties?.tags).toEqual(
      expect.arrayContaining([
        "external/atlas/AML.T0051",
        "external/owasp/LLM01:2025",
        "external/dasf/DASF-9.1@2.0",
        "external/cosai/cosai:riskPromptInjection",
        "external/maestro/L1",
      ]),
    );
  });

  it("uses the engine's rule text, with placeholders in general words, when given the rules", () => {
    const withRules = buildSarifLog(model, mixedResult(), {
      ...options,
      rules: [
        {
          id: "STRIDE-FLOW-I",
          text: { title: "{flow} is unencrypted", description: "From {source} to {target}." },
        },
      ],
    });
    const rule = onlyRun(withRules).tool.driver.rules?.find((r) => r.id === "STRIDE-FLOW-I");
    expect(rule?.shortDescription?.text).toBe("The data flow is unencrypted");
    expect(rule?.fullDescription?.text).toBe("From the source to the target.");
    expect(genericText("{unknown} stays")).toBe("{unknown} stays");
  });

  it("points each result at the model file, the element's line and the element", () => {
    const critical = results.find((r) => r.ruleId === "STRIDE-FLOW-I")!;
    const location = critical.locations?.[0];
    expect(location?.physicalLocation?.artifactLocation?.uri).toBe("models/test%20model.json");
    const gatewayLine = modelText.split("\n").findIndex((l) => l.includes('"id": "gateway"')) + 1;
    expect(location?.physicalLocation?.region?.startLine).toBe(gatewayLine);
    expect(location?.logicalLocations).toEqual([
      { name: "API gateway", fullyQualifiedName: "element/gateway", kind: "process" },
    ]);
    expect(
      critical.relatedLocations?.map((l) => l.logicalLocations?.[0]?.fullyQualifiedName),
    ).toEqual(["element/f1", "element/server"]);
    expect(critical.message.text).toBe(
      "Prompts travel unencrypted. Anyone on the path can read the prompts.",
    );
  });

  it("fingerprints results with the stable finding id", () => {
    expect(results.map((r) => r.partialFingerprints?.[FINGERPRINT_KEY])).toEqual([
      "STRIDE-FLOW-I@gateway>f1>server",
      "LINDDUN-STORE-L@store",
    ]);
  });

  it("leaves open questions out: an unknown fact is not a result to fix", () => {
    expect(results.map((r) => r.ruleId)).not.toContain("STRIDE-PROC-S");
    expect(JSON.stringify(log)).not.toContain("Does Model server authenticate its callers?");
  });
});

describe("SARIF levels", () => {
  const cases: Array<[Severity, Result.level]> = [
    ["critical", "error"],
    ["high", "error"],
    ["medium", "warning"],
    ["low", "note"],
    ["info", "note"],
  ];
  it.each(cases)("%s findings are %s", (severity, level) => {
    const run = onlyRun(buildSarifLog(model, resultOf([makeFinding({ severity })]), options));
    expect(run.results?.[0]?.level).toBe(level);
  });
});

describe("SARIF edge cases", () => {
  it("validates with no results, and with no model text (no regions)", () => {
    const empty = buildSarifLog(model, resultOf([]), { modelUri: "m.json" });
    expect(sarifSchemaErrors(empty)).toEqual([]);
    expect(onlyRun(empty).tool.driver.rules).toEqual([]);
    const noText = buildSarifLog(model, mixedResult(), { modelUri: "m.json" });
    expect(sarifSchemaErrors(noText)).toEqual([]);
    expect(onlyRun(noText).results?.[0]?.locations?.[0]?.physicalLocation?.region).toBeUndefined();
  });

  it("suppresses findings closed by triage", () => {
    const finding = makeFinding();
    const triaged = withTriage(model, { [finding.id]: "accepted" });
    const log = buildSarifLog(triaged, resultOf([finding]), options);
    expect(onlyRun(log).results?.[0]?.suppressions).toEqual([
      { kind: "external", status: "accepted", justification: "Triaged as Accepted." },
    ]);
    expect(sarifSchemaErrors(log)).toEqual([]);
  });

  it("reports a schema violation (the validator is live)", () => {
    expect(sarifSchemaErrors({ version: "2.1.0", runs: [{ tool: { driver: {} } }] })).not.toEqual(
      [],
    );
  });

  it.each([
    ["models/a b.json", "models/a%20b.json"],
    ["models\\win\\m.json", "models/win/m.json"],
    ["C:\\work\\m.json", "file:///C:/work/m.json"],
    ["/abs/m#1.json", "/abs/m%231.json"],
  ])("turns the path %j into the URI %j", (path, uri) => {
    expect(toUriReference(path)).toBe(uri);
  });
});
