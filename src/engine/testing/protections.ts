import {
  AUDIENCES,
  FlowSchema,
  ProcessSchema,
  type DataFlow,
  type DfdElement,
  type ThreatModel,
} from "../../domain/schema";
import { pick, seededRandom, tri, type Random } from "./randomModel";

/**
 * Properties whose "yes" is a protection: answering yes says a defence is in place, so it can
 * only close threats. Properties whose "yes" is a hazard or a plain fact (internetExposed,
 * runsPrivileged, multiTenant, storesLogs, containsPersonalData...) are not listed.
 */
export const PROTECTIONS = {
  process: [
    "authenticatesCallers",
    "authorizesActions",
    "rateLimited",
    "validatesInput",
    "costLimited",
    "inputGuardrails",
    "outputGuardrails",
    "requiresHumanApproval",
  ],
  dataStore: [
    "encryptedAtRest",
    "integrityVerified",
    "sourcesVetted",
    "enforcesDocumentPermissions",
  ],
  externalEntity: ["authenticated"],
  flow: ["encryptedInTransit", "authenticated", "integrityVerified"],
} as const;

export type ProtectedItem = keyof typeof PROTECTIONS;

/**
 * The kind-specific properties `randomModel` leaves out (absent means unknown), filled at random
 * so that the rules of every pack have facts to read. Seeded: the same seed gives the same model.
 */
export function withKindProperties(model: ThreatModel, seed: number): ThreatModel {
  const random = seededRandom(seed);
  const maybe = <T>(value: () => T): T | undefined => (random() < 0.3 ? undefined : value());
  const elements = model.elements.map((element): DfdElement => {
    switch (element.type) {
      case "process":
        return {
          ...element,
          props: {
            ...element.props,
            ...defined({
              costLimited: maybe(() => tri(random)),
              multiTenant: maybe(() => tri(random)),
              usesAccelerator: maybe(() => tri(random)),
              sharesAccelerator: maybe(() => tri(random)),
              failsOpen: maybe(() => tri(random)),
              decidesAboutPeople: maybe(() => tri(random)),
              trainedOnPrivateData: maybe(() => tri(random)),
              inputGuardrails: maybe(() => tri(random)),
              outputGuardrails: maybe(() => tri(random)),
              secretsInPrompt: maybe(() => tri(random)),
              requiresHumanApproval: maybe(() => tri(random)),
              changesState: maybe(() => tri(random)),
              destructive: maybe(() => tri(random)),
              outputHandling: maybe(() =>
                pick(random, ["unknown", "plainText", "rendered", "executed"] as const),
              ),
              provenance: maybe(() => provenance(random)),
            }),
          },
        };
      case "dataStore":
        return {
          ...element,
          props: {
            ...element.props,
            ...defined({
              modelFormat: maybe(() =>
                pick(random, ["unknown", "pickle", "safetensors", "onnx", "other"] as const),
              ),
              provenance: maybe(() => provenance(random)),
              writeAccess: maybe(() => pick(random, ["unknown", "restricted", "broad"] as const)),
              sourcesVetted: maybe(() => tri(random)),
              enforcesDocumentPermissions: maybe(() => tri(random)),
              multiTenant: maybe(() => tri(random)),
            }),
          },
        };
      case "externalEntity":
      case "trustBoundary":
        return {
          ...element,
          props: { ...element.props, audience: pick(random, ["unknown", ...AUDIENCES] as const) },
        } as DfdElement;
    }
  });
  const flows = model.flows.map((flow): DataFlow => ({
    ...flow,
    props: {
      ...flow.props,
      overPublicNetwork: tri(random),
      initiatedBy: pick(random, ["unknown", "source", "target"] as const),
    },
  }));
  return { ...model, elements, flows };
}

/** The model with one protection answered "yes" (the element or flow must have that property). */
export function answerYes(
  model: ThreatModel,
  item: { element: string } | { flow: string },
  property: string,
): ThreatModel {
  if ("element" in item) {
    return {
      ...model,
      elements: model.elements.map((e) =>
        e.id === item.element
          ? ({ ...e, props: { ...e.props, [property]: "yes" } } as DfdElement)
          : e,
      ),
    };
  }
  return {
    ...model,
    flows: model.flows.map((f) =>
      f.id === item.flow ? { ...f, props: { ...f.props, [property]: "yes" } } : f,
    ),
  };
}

/**
 * The model with a gateway that authenticates and rate-limits callers put in front of `targetId`:
 * every flow into it now enters the gateway, which alone forwards to it, and the target's own
 * internet exposure moves to the gateway.
 */
export function withGatewayInFront(model: ThreatModel, targetId: string): ThreatModel {
  const target = model.elements.find((e) => e.id === targetId);
  if (!target || target.type === "trustBoundary") throw new Error(`no element ${targetId}`);
  const gatewayId = `gateway-for-${targetId}`;
  const exposed = target.type === "process" ? target.props.internetExposed : "unknown";
  const gateway = ProcessSchema.parse({
    id: gatewayId,
    type: "process",
    name: "Gateway",
    position: target.position,
    parentId: target.parentId,
    props: {
      internetExposed: exposed,
      authenticatesCallers: "yes",
      rateLimited: "yes",
      costLimited: "yes",
      runsPrivileged: "no",
      executesInputCode: "no",
    },
  });
  const elements = model.elements.map((e) =>
    e.id === targetId && e.type === "process" && e.props.internetExposed === "yes"
      ? { ...e, props: { ...e.props, internetExposed: "no" as const } }
      : e,
  );
  const flows = model.flows.map((f) => {
    if (f.target === targetId && f.source !== targetId) return { ...f, target: gatewayId };
    // A two-way flow drawn from the target also lets the other end send to it.
    if (f.bidirectional && f.source === targetId) return { ...f, source: gatewayId };
    return f;
  });
  const forward = FlowSchema.parse({
    id: `flow-${gatewayId}`,
    source: gatewayId,
    target: targetId,
    props: {
      encryptedInTransit: "yes",
      authenticated: "yes",
      integrityVerified: "yes",
      initiatedBy: "source",
      overPublicNetwork: "no",
    },
  });
  return { ...model, elements: [...elements, gateway], flows: [...flows, forward] };
}

function provenance(random: Random) {
  return pick(random, ["unknown", "publicHub", "vendor", "inHouse"] as const);
}

/** Drops undefined entries, so absent kind-specific properties stay absent. */
function defined<T extends Record<string, unknown>>(props: T): Partial<T> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined)) as Partial<T>;
}
