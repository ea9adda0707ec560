import type { DataFlow, DfdElement, ThreatModel } from "../../domain/schema";
import { pick, randomPropertyEdit, randomProps, type Random } from "./randomModel";

/**
 * Random edits of every kind a user makes, with structural sharing (only what changed is a new
 * object), for checking that the incremental evaluator matches a full evaluation.
 */
export type EditKind =
  | "property"
  | "renameElement"
  | "renameFlow"
  | "addElement"
  | "removeElement"
  | "addFlow"
  | "removeFlow"
  | "toggleBidirectional"
  | "reverseFlow"
  | "moveElement"
  | "editBoundary"
  | "toggleScope"
  | "reposition"
  | "retag";

const KINDS: readonly EditKind[] = [
  "property",
  "property",
  "property",
  "renameElement",
  "renameFlow",
  "addElement",
  "removeElement",
  "addFlow",
  "removeFlow",
  "toggleBidirectional",
  "reverseFlow",
  "moveElement",
  "editBoundary",
  "toggleScope",
];

/**
 * Every kind once, for property tests that pick kinds themselves; includes edits the engine must
 * see through (a node dragged to a new position, a technology tag typed) that `randomEdit` leaves
 * out so that its seeded sequences stay as they are.
 */
export const EDIT_KINDS: readonly EditKind[] = [...new Set(KINDS), "reposition", "retag"];

let counter = 0;

function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  const copy = items.slice();
  copy[index] = item;
  return copy;
}

const nodes = (model: ThreatModel) => model.elements.filter((e) => e.type !== "trustBoundary");
const boundaries = (model: ThreatModel) => model.elements.filter((e) => e.type === "trustBoundary");

export function randomEdit(
  model: ThreatModel,
  random: Random,
): { kind: EditKind; model: ThreatModel } {
  const kind = pick(random, KINDS);
  return { kind, model: applyEdit(model, kind, random) };
}

/** One edit of the given kind, its details drawn from `random` (the model itself if none fits). */
export function applyEdit(model: ThreatModel, kind: EditKind, random: Random): ThreatModel {
  const elementIndex = Math.floor(random() * model.elements.length);
  const flowIndex = Math.floor(random() * model.flows.length);
  const element = model.elements[elementIndex];
  const flow = model.flows[flowIndex];
  switch (kind) {
    case "property":
      return randomPropertyEdit(model, random);
    case "renameElement":
      if (!element) return model;
      return {
        ...model,
        elements: replaceAt(model.elements, elementIndex, {
          ...element,
          name: random() < 0.2 ? "" : `Renamed ${++counter}`,
        }),
      };
    case "renameFlow":
      if (!flow) return model;
      return {
        ...model,
        flows: replaceAt(model.flows, flowIndex, {
          ...flow,
          label: random() < 0.3 ? "" : `Flow ${++counter}`,
        }),
      };
    case "addElement": {
      const type = pick(random, ["process", "dataStore", "externalEntity"] as const);
      const parent = random() < 0.7 ? (pick(random, boundaries(model))?.id ?? null) : null;
      const added = {
        id: `added-${++counter}`,
        type,
        name: `Added ${counter}`,
        description: "",
        technologies: [],
        outOfScope: false,
        outOfScopeReason: "",
        position: { x: 0, y: 0 },
        parentId: parent,
        mlKind: null,
        props: randomProps(random, type),
      } as unknown as DfdElement;
      return { ...model, elements: [...model.elements, added] };
    }
    case "removeElement": {
      const victim = pick(random, nodes(model));
      if (!victim) return model;
      return {
        ...model,
        elements: model.elements.filter((e) => e !== victim),
        flows: model.flows.filter((f) => f.source !== victim.id && f.target !== victim.id),
      };
    }
    case "addFlow": {
      const candidates = nodes(model);
      const source = pick(random, candidates);
      const target = pick(random, candidates);
      if (!source || !target || source === target) return model;
      const added: DataFlow = {
        id: `added-flow-${++counter}`,
        source: source.id,
        target: target.id,
        sourceHandle: null,
        targetHandle: null,
        label: `Added flow ${counter}`,
        description: "",
        technologies: [],
        bidirectional: random() < 0.3,
        outOfScope: false,
        outOfScopeReason: "",
        props: randomProps(random, "flow") as DataFlow["props"],
      };
      return { ...model, flows: [...model.flows, added] };
    }
    case "removeFlow":
      if (!flow) return model;
      return { ...model, flows: model.flows.filter((f) => f !== flow) };
    case "toggleBidirectional":
      if (!flow) return model;
      return {
        ...model,
        flows: replaceAt(model.flows, flowIndex, { ...flow, bidirectional: !flow.bidirectional }),
      };
    case "reverseFlow":
      if (!flow) return model;
      return {
        ...model,
        flows: replaceAt(model.flows, flowIndex, {
          ...flow,
          source: flow.target,
          target: flow.source,
        }),
      };
    case "moveElement": {
      if (!element || element.type === "trustBoundary") return model;
      const parent = random() < 0.8 ? (pick(random, boundaries(model))?.id ?? null) : null;
      return {
        ...model,
        elements: replaceAt(model.elements, elementIndex, { ...element, parentId: parent }),
      };
    }
    case "editBoundary": {
      const boundary = pick(random, boundaries(model));
      if (!boundary || boundary.type !== "trustBoundary") return model;
      const index = model.elements.indexOf(boundary);
      const props = randomProps(random, "trustBoundary") as typeof boundary.props;
      const edited =
        random() < 0.3
          ? { ...boundary, name: `Zone ${++counter}` }
          : { ...boundary, props: { ...boundary.props, ...props } };
      return { ...model, elements: replaceAt(model.elements, index, edited) };
    }
    case "toggleScope":
      if (random() < 0.5 || !flow) {
        if (!element) return model;
        return {
          ...model,
          elements: replaceAt(model.elements, elementIndex, {
            ...element,
            outOfScope: !element.outOfScope,
          }),
        };
      }
      return {
        ...model,
        flows: replaceAt(model.flows, flowIndex, { ...flow, outOfScope: !flow.outOfScope }),
      };
    case "reposition":
      if (!element) return model;
      return {
        ...model,
        elements: replaceAt(model.elements, elementIndex, {
          ...element,
          position: { x: element.position.x + 10, y: element.position.y - 10 },
        }),
      };
    case "retag": {
      const tags = random() < 0.5 ? [] : [pick(random, TAGS)];
      if (random() < 0.5 || !flow) {
        if (!element || element.type === "trustBoundary") return model;
        const edited = { ...element, technologies: tags } as DfdElement;
        return { ...model, elements: replaceAt(model.elements, elementIndex, edited) };
      }
      return {
        ...model,
        flows: replaceAt(model.flows, flowIndex, { ...flow, technologies: tags }),
      };
    }
  }
}

/** Technology tags the evidence catalog reads, and one it does not know. */
const TAGS = [
  "HTTPS",
  "mTLS",
  "SSE-KMS",
  "safetensors",
  "pickle",
  "vLLM",
  "rate limiting",
  "token quotas",
  "not-a-technology",
];
