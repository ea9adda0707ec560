import { describe, expect, it } from "vitest";
import type { ThreatModel } from "../../../domain/schema";
import { evaluate } from "../../evaluate";
import { entity, flow, modelOf, proc, store } from "../../testing/models";
import type { Finding } from "../../types";

/**
 * STRIDE and LINDDUN premises corrected after the blind review of the corpus (issue 6). Each rule
 * is shown firing where its premise holds and silent on the shape that once made it fire wrongly,
 * with the whole engine running (so folding into a more specific finding is part of what is
 * checked).
 */

const findings = (model: ThreatModel): Finding[] => evaluate(model).findings;
const byRule = (model: ThreatModel, ruleId: string): Finding[] =>
  findings(model).filter((f) => f.ruleId === ruleId || f.folded.some((x) => x.ruleId === ruleId));
const questionsFor = (model: ThreatModel, ruleId: string) =>
  evaluate(model).questions.filter((q) => q.dependents.some((d) => d.ruleId === ruleId));
const silent = (model: ThreatModel, ruleId: string) => {
  expect(byRule(model, ruleId)).toEqual([]);
  expect(questionsFor(model, ruleId)).toEqual([]);
};

describe("STRIDE-STORE-T-03: an unverified store that systems on the customers' side install from", () => {
  const fleet = (audience: string) =>
    modelOf(
      [
        store("firmware", { integrityVerified: "no", containsPersonalData: "no" }),
        entity("devices", { entityKind: "system", audience }, { name: "Thermostats" }),
      ],
      [flow("download", "firmware", "devices", { initiatedBy: "target" })],
    );

  it("is critical, and keeps the id of the tampering finding it replaces as an alias", () => {
    const [finding] = byRule(fleet("customers"), "STRIDE-STORE-T-03");
    expect(finding).toMatchObject({
      id: "STRIDE-STORE-T-03@firmware",
      severity: "critical",
      title:
        "What firmware serves reaches Thermostats unverified: whoever can write it controls them all",
    });
    expect(finding?.aliases).toContain("STRIDE-STORE-T-01@firmware");
  });

  it("leaves a store a partner's system reads to the plain tampering finding", () => {
    const result = findings(fleet("partners"));
    expect(result.map((f) => f.id)).toContain("STRIDE-STORE-T-01@firmware");
    expect(result.filter((f) => f.ruleId === "STRIDE-STORE-T-03")).toEqual([]);
  });
});

describe("repudiation: who keeps the record of an agent tool's actions", () => {
  const agentTool = (agentLogs: boolean) =>
    modelOf(
      [
        proc("agent", {}, { mlKind: "agent" }),
        proc("refunds", { changesState: "yes" }, { mlKind: "agent-tool" }),
        store("transcripts", { storesLogs: agentLogs ? "yes" : "no" }),
      ],
      [flow("call", "agent", "refunds"), flow("log", "agent", "transcripts")],
    );

  it("STRIDE-PROC-R-03 says the only record is the calling agent's own log", () => {
    const [finding] = byRule(agentTool(true), "STRIDE-PROC-R-03");
    expect(finding?.title).toBe("Only agent, which calls it, records what refunds does");
    expect(finding?.aliases).toContain("STRIDE-PROC-R-01@refunds");
    silent(agentTool(true), "STRIDE-PROC-R-01");
  });

  it("STRIDE-PROC-R-01 says nothing records it when the agent keeps no log either", () => {
    expect(byRule(agentTool(false), "STRIDE-PROC-R-01").map((f) => f.id)).toEqual([
      "STRIDE-PROC-R-01@refunds",
    ]);
    silent(agentTool(false), "STRIDE-PROC-R-03");
  });

  it("STRIDE-PROC-R-03 stays silent once the tool keeps its own log", () => {
    const model = modelOf(
      [
        proc("agent", {}, { mlKind: "agent" }),
        proc("refunds", { changesState: "yes" }, { mlKind: "agent-tool" }),
        store("transcripts", { storesLogs: "yes" }),
        store("refund-log", { storesLogs: "yes" }),
      ],
      [
        flow("call", "agent", "refunds"),
        flow("log", "agent", "transcripts"),
        flow("own", "refunds", "refund-log"),
      ],
    );
    silent(model, "STRIDE-PROC-R-03");
  });
});

describe("people drawn writing straight into a store", () => {
  // Patients' records are entered by staff; the drawing has the patients write the EHR.
  const recorded = modelOf(
    [
      entity("patients", {
        entityKind: "human",
        authenticated: "no",
        audience: "customers",
      }),
      store("ehr", { containsPersonalData: "yes" }),
    ],
    [flow("admissions", "patients", "ehr", { carriesPersonalData: "yes" })],
  );
  const acting = modelOf(
    [
      entity("visitors", { entityKind: "human", authenticated: "no", audience: "customers" }),
      proc("forms", { rateLimited: "no", internetExposed: "yes" }),
      store("entries", { containsPersonalData: "yes" }),
    ],
    [flow("submit", "visitors", "forms"), flow("save", "forms", "entries")],
  );

  it("STRIDE-EE-R-01 needs them to act through a process", () => {
    silent(recorded, "STRIDE-EE-R-01");
    expect(byRule(acting, "STRIDE-EE-R-01").map((f) => f.id)).toEqual(["STRIDE-EE-R-01@visitors"]);
  });

  it("STRIDE-EE-R-01 is silent for people anonymous by design", () => {
    const anonymous = modelOf(
      [
        entity("visitors", { entityKind: "human", authenticated: "no", audience: "anonymous" }),
        proc("chat"),
      ],
      [flow("messages", "visitors", "chat")],
    );
    silent(anonymous, "STRIDE-EE-R-01");
  });

  it("STRIDE-STORE-D-01 needs an unlimited process on the way", () => {
    silent(recorded, "STRIDE-STORE-D-01");
    expect(byRule(acting, "STRIDE-STORE-D-01").map((f) => f.id)).toEqual([
      "STRIDE-STORE-D-01@entries",
    ]);
  });
});

describe("STRIDE-EE-S-03 names where people sign in", () => {
  it("names the storefront behind a CDN, not the CDN", () => {
    const model = modelOf(
      [
        entity("shoppers", { entityKind: "human", audience: "anonymous" }, { name: "Shoppers" }),
        proc("cdn", { rateLimited: "yes" }, { name: "CDN" }),
        proc("shop", { authenticatesCallers: "yes" }, { name: "Storefront" }),
      ],
      [flow("browse", "shoppers", "cdn"), flow("origin", "cdn", "shop")],
    );
    expect(byRule(model, "STRIDE-EE-S-03")[0]?.description).toContain("sign in to Storefront");
  });
});

describe("STRIDE-PROC-E-05: what a privileged orchestrator starts", () => {
  const orchestrating = (mlKind: string) =>
    modelOf(
      [
        entity("pypi", { audience: "anonymous" }, { mlKind: "package-index" }),
        proc("argo", { runsPrivileged: "yes" }),
        proc("work", { internetExposed: "no" }, { mlKind }),
      ],
      [flow("start", "argo", "work"), flow("packages", "pypi", "work", { initiatedBy: "target" })],
    );

  it("fires on a job it starts with its identity", () => {
    expect(byRule(orchestrating("training-job"), "STRIDE-PROC-E-05").map((f) => f.id)).toEqual([
      "STRIDE-PROC-E-05@argo",
    ]);
  });

  it("is silent on a model server it deploys", () => {
    silent(orchestrating("llm"), "STRIDE-PROC-E-05");
  });
});

describe("STRIDE-CROSS-T-01 leaves training input to its own rules", () => {
  const crossing = (mlKind: string | null) =>
    modelOf(
      [
        {
          id: "low",
          type: "trustBoundary",
          name: "low",
          position: { x: 0, y: 0 },
          size: { width: 100, height: 100 },
          props: { zoneKind: "external", trustLevel: 20 },
        } as never,
        {
          id: "high",
          type: "trustBoundary",
          name: "high",
          position: { x: 200, y: 0 },
          size: { width: 100, height: 100 },
          props: { zoneKind: "training", trustLevel: 80 },
        } as never,
        entity("bank", { entityKind: "system", audience: "partners" }, { parentId: "low" }),
        proc("target", { validatesInput: "no" }, { parentId: "high", mlKind }),
      ],
      [flow("updates", "bank", "target", { authenticated: "yes" })],
    );

  it("fires on a plain process", () => {
    expect(byRule(crossing(null), "STRIDE-CROSS-T-01").map((f) => f.id)).toEqual([
      "STRIDE-CROSS-T-01@bank>updates>target",
    ]);
  });

  it("is silent on a federated aggregator, whose poisoning rules speak", () => {
    silent(crossing("federated-aggregator"), "STRIDE-CROSS-T-01");
  });
});

describe("LINDDUN-MODEL-NC-01: a DPIA where the processing is high-risk", () => {
  const system = (props: Record<string, unknown>, storeProps: Record<string, unknown> = {}) =>
    modelOf(
      [
        entity("person", { entityKind: "human", audience: "customers" }),
        proc("app", props),
        store("db", { containsPersonalData: "yes", classification: "confidential", ...storeProps }),
      ],
      [
        flow("in", "person", "app", { carriesPersonalData: "yes" }),
        flow("save", "app", "db", { carriesPersonalData: "yes" }),
      ],
    );

  it("is silent on ordinary personal data", () => {
    silent(system({}), "LINDDUN-MODEL-NC-01");
  });

  it("fires where a process decides about people", () => {
    const [finding] = byRule(system({ decidesAboutPeople: "yes" }), "LINDDUN-MODEL-NC-01");
    expect(finding?.id).toBe("LINDDUN-MODEL-NC-01@model");
    expect(finding?.description).toMatch(
      /^This system decides about individual people.*: app is where it does\./,
    );
  });

  it("fires where restricted personal data is kept", () => {
    expect(
      byRule(system({}, { classification: "restricted" }), "LINDDUN-MODEL-NC-01").map((f) => f.id),
    ).toEqual(["LINDDUN-MODEL-NC-01@model"]);
  });
});

describe("personal data that stays in the organisation's hands", () => {
  const handedTo = (audience: string) =>
    modelOf(
      [proc("web"), entity("directory", { entityKind: "system", audience }, { name: "Directory" })],
      [flow("lookup", "web", "directory", { carriesPersonalData: "yes" })],
    );

  it("LINDDUN-INT-DD-01 is silent for the organisation's own systems", () => {
    silent(handedTo("internalSystems"), "LINDDUN-INT-DD-01");
    expect(byRule(handedTo("partners"), "LINDDUN-INT-DD-01").map((f) => f.id)).toEqual([
      "LINDDUN-INT-DD-01@web>lookup>directory",
    ]);
  });

  it("LINDDUN-INT-DD-03 is silent for an internal system that asks and gets an answer", () => {
    const asks = (audience: string) =>
      modelOf(
        [entity("core", { entityKind: "system", audience }), proc("scoring")],
        [flow("score", "core", "scoring", { carriesPersonalData: "yes" }, { bidirectional: true })],
      );
    silent(asks("internalSystems"), "LINDDUN-INT-DD-03");
    expect(byRule(asks("partners"), "LINDDUN-INT-DD-03").map((f) => f.id)).toEqual([
      "LINDDUN-INT-DD-03@core>score>scoring",
    ]);
  });
});

describe("LINDDUN-FLOW-D-01: whose use of the service is observable", () => {
  const over = (props: Record<string, unknown>) =>
    modelOf(
      [entity("people", { entityKind: "human", ...props }), proc("service")],
      [
        flow("use", "people", "service", {
          carriesPersonalData: "yes",
          overPublicNetwork: "yes",
          classification: "restricted",
        }),
      ],
    );

  it("fires for the people the data is about", () => {
    expect(byRule(over({ audience: "customers" }), "LINDDUN-FLOW-D-01").map((f) => f.id)).toEqual([
      "LINDDUN-FLOW-D-01@use",
    ]);
  });

  it("is silent for contract staff at work", () => {
    silent(over({ audience: "partners" }), "LINDDUN-FLOW-D-01");
  });
});

describe("LINDDUN-STORE-NR-01: logs of what people did", () => {
  const logged = (audience: string) =>
    modelOf(
      [
        entity("people", { entityKind: "human", audience }),
        proc("app"),
        store("log", { storesLogs: "yes", containsPersonalData: "yes" }),
      ],
      [flow("use", "people", "app"), flow("write", "app", "log", { carriesPersonalData: "yes" })],
    );

  it("fires on logs of the public's requests", () => {
    expect(byRule(logged("customers"), "LINDDUN-STORE-NR-01").map((f) => f.id)).toEqual([
      "LINDDUN-STORE-NR-01@log",
    ]);
  });

  it("is silent on an audit trail of staff acting in their role", () => {
    silent(logged("employees"), "LINDDUN-STORE-NR-01");
  });
});

describe("LINDDUN-INT-U-01: what people cannot foresee", () => {
  const sent = (mlKind: string | null) =>
    modelOf(
      [
        entity("shopper", { entityKind: "human", audience: "anonymous" }),
        proc("collector"),
        store("events", { containsPersonalData: "yes" }, { mlKind }),
      ],
      [
        flow("clicks", "shopper", "collector", { carriesPersonalData: "yes" }),
        flow("raw", "collector", "events", { carriesPersonalData: "yes" }),
      ],
    );

  it("fires when what they send goes on into training data", () => {
    const [finding] = byRule(sent("training-data-store"), "LINDDUN-INT-U-01");
    expect(finding?.title).toBe(
      "The people behind shopper may not know that what they send on clicks ends up in events",
    );
  });

  it("is silent when their data only serves them", () => {
    silent(sent(null), "LINDDUN-INT-U-01");
  });

  it("is silent when a learning store is reached only back through the person", () => {
    // Browsing goes to a storefront that answers them; their clicks go elsewhere.
    const model = modelOf(
      [
        entity("shopper", { entityKind: "human", audience: "anonymous" }),
        proc("storefront"),
        proc("collector"),
        store("events", { containsPersonalData: "yes" }, { mlKind: "training-data-store" }),
      ],
      [
        flow(
          "browse",
          "shopper",
          "storefront",
          { carriesPersonalData: "yes" },
          { bidirectional: true },
        ),
        flow("clicks", "shopper", "collector", { carriesPersonalData: "yes" }),
        flow("raw", "collector", "events", { carriesPersonalData: "yes" }),
      ],
    );
    expect(byRule(model, "LINDDUN-INT-U-01").map((f) => f.id)).toEqual([
      "LINDDUN-INT-U-01@shopper>clicks>collector",
    ]);
  });
});

describe("STRIDE-PROC-R-01: staff actions on people's records", () => {
  const staffTool = (carriesPersonalData: "yes" | "no") =>
    modelOf(
      [
        entity("staff", { entityKind: "human", audience: "employees" }),
        proc("console"),
        store("records", { containsPersonalData: carriesPersonalData, storesLogs: "no" }),
      ],
      [
        flow("use", "staff", "console", { carriesPersonalData }),
        flow("read", "records", "console", { carriesPersonalData }),
      ],
    );

  it("fires where staff see or change personal records and nothing records it", () => {
    expect(byRule(staffTool("yes"), "STRIDE-PROC-R-01").map((f) => f.id)).toEqual([
      "STRIDE-PROC-R-01@console",
    ]);
  });

  it("is silent on engineers driving infrastructure that holds no personal data", () => {
    silent(staffTool("no"), "STRIDE-PROC-R-01");
  });
});
