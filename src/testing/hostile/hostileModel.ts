import {
  CURRENT_SCHEMA_VERSION,
  ThreatModelSchema,
  type ThreatModel,
  type ThreatModelInput,
} from "../../domain/schema";
import { HOSTILE_PAYLOADS, SHORT_PAYLOADS, type HostilePayload } from "./payloads";

const RISKY = {
  process: { internetExposed: "yes", authenticatesCallers: "no", validatesInput: "unknown" },
  dataStore: { containsPersonalData: "yes", encryptedAtRest: "no", storesLogs: "yes" },
  externalEntity: { entityKind: "human", authenticated: "no" },
} as const;

const SAFE = {
  process: {
    internetExposed: "no",
    authenticatesCallers: "yes",
    authorizesActions: "yes",
    rateLimited: "yes",
    validatesInput: "yes",
    runsPrivileged: "no",
    executesInputCode: "no",
  },
  dataStore: {
    encryptedAtRest: "yes",
    integrityVerified: "yes",
    storesCredentials: "no",
    storesLogs: "no",
    containsPersonalData: "no",
    classification: "internal",
  },
  externalEntity: { entityKind: "system", authenticated: "yes" },
} as const;

/**
 * A valid model whose every text field carries a payload: model name, description and owner;
 * each element's name, description, technologies, out-of-scope reason (and a boundary's zone
 * name); each flow's label, description, data description, protocol and technologies; decision
 * texts (triage, mitigations, custom threats, assumptions, the log, the workshop). Some ids are
 * payloads too. Elements are real enough to produce findings on every kind of target.
 */
export function hostileModel(payloads: readonly HostilePayload[] = HOSTILE_PAYLOADS): ThreatModel {
  const text = (i: number) => payloads[i % payloads.length]!.text;
  const short = (i: number) => SHORT_PAYLOADS[i % SHORT_PAYLOADS.length]!.text.trim();
  const cut = (value: string, max: number) => value.slice(0, max);
  const types = ["process", "dataStore", "externalEntity"] as const;
  const kinds = { process: "llm", dataStore: "vector-store", externalEntity: "end-user" } as const;

  const elements: ThreatModelInput["elements"] = [
    {
      id: "zone",
      type: "trustBoundary",
      name: text(0),
      description: text(1),
      position: { x: 0, y: 0 },
      size: { width: 2600, height: 1800 },
      props: { zoneKind: "custom", customZone: cut(text(2), 100), trustLevel: 80 },
    },
  ];
  const nodeIds: string[] = [];
  payloads.forEach((payload, i) => {
    const type = types[i % types.length]!;
    // Every third element has the payload as its id.
    const id = i % 3 === 0 ? payload.text : `el-${i}`;
    nodeIds.push(id);
    elements.push({
      id,
      type,
      name: payload.text,
      description: text(i + 1),
      technologies: [short(i), short(i + 1)],
      outOfScopeReason: text(i + 2),
      mlKind: i % 2 === 0 ? kinds[type] : null,
      parentId: i % 4 === 0 ? null : "zone",
      position: { x: 40 + (i % 10) * 240, y: 60 + Math.floor(i / 10) * 200 },
      // One element in five is exposed (findings whose sentences quote its name); the others
      // are protected, so the reports stay a size a renderer checks quickly.
      props: i % 5 === 0 ? RISKY[type] : SAFE[type],
    } as ThreatModelInput["elements"][number]);
  });
  const flows: ThreatModelInput["flows"] = nodeIds.slice(1).map((target, i) => ({
    id: i % 4 === 0 ? `${text(i + 3)} flow` : `flow-${i}`,
    source: nodeIds[i]!,
    target,
    label: text(i + 5),
    description: text(i + 6),
    technologies: [short(i + 2)],
    props: {
      dataDescription: text(i + 7),
      protocol: cut(text(i + 8), 100),
      encryptedInTransit: i % 5 === 0 ? "no" : "yes",
      authenticated: "yes",
      integrityVerified: "yes",
      carriesPersonalData: i % 5 === 0 ? "yes" : "no",
    },
  }));

  const at = "2025-01-01T00:00:00.000Z";
  return ThreatModelSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: "hostile-model",
    name: text(9),
    description: payloads.map((p) => p.text).join("\n"),
    owner: text(10),
    createdAt: at,
    updatedAt: at,
    elements,
    flows,
    triage: {
      [`STRIDE-PROC-S-01@${nodeIds[0]!}`]: {
        status: "accepted",
        justification: text(11),
        owner: text(12),
        notes: text(13),
        title: text(14),
      },
    },
    mitigations: [{ id: text(15), title: text(16), description: text(17), owner: text(18) }],
    customThreats: [{ id: text(19), title: text(20), description: text(21), mitigation: text(22) }],
    assumptions: [{ id: text(23), text: text(24) }],
    decisionLog: [
      {
        id: text(25),
        at,
        findingId: "x",
        from: "open",
        to: "accepted",
        justification: text(26),
        by: text(27),
      },
    ],
    workshop: { attendees: [{ name: text(28), role: text(29) }], notes: text(30) },
  } satisfies ThreatModelInput);
}
