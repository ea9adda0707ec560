import { newId } from "../ids";
import { FlowSchema, type DataFlow, type ThreatModel } from "../schema";
import { formatIssues } from "../validation";
import { fail, ok, type OperationResult } from "./result";

/** Why a flow between these two ends is not allowed, or null when it is. */
export function flowEndpointError(doc: ThreatModel, source: string, target: string): string | null {
  if (source === target) return "A flow cannot go from an element to itself.";
  for (const id of [source, target]) {
    const element = doc.elements.find((e) => e.id === id);
    if (!element) return `There is no element "${id}".`;
    if (element.type === "trustBoundary") {
      return "Trust boundaries are not flow endpoints: connect the elements inside them.";
    }
  }
  return null;
}

export interface NewFlow {
  id?: string;
  source: string;
  target: string;
  sourceHandle?: string | null;
  targetHandle?: string | null;
  label?: string;
}

export function addFlow(doc: ThreatModel, input: NewFlow): OperationResult {
  const error = flowEndpointError(doc, input.source, input.target);
  if (error) return fail(error);
  const parsed = FlowSchema.safeParse({
    id: input.id ?? newId("flow"),
    source: input.source,
    target: input.target,
    sourceHandle: input.sourceHandle ?? null,
    targetHandle: input.targetHandle ?? null,
    label: input.label ?? "",
  });
  if (!parsed.success) return fail(formatIssues(parsed.error).join("; "));
  if (
    doc.flows.some((f) => f.id === parsed.data.id) ||
    doc.elements.some((e) => e.id === parsed.data.id)
  ) {
    return fail(`a flow with id "${parsed.data.id}" already exists`);
  }
  return ok({ ...doc, flows: [...doc.flows, parsed.data] });
}

export interface FlowEnds {
  source: string;
  target: string;
  sourceHandle?: string | null;
  targetHandle?: string | null;
}

/** Attach an existing flow to new ends (dragging an arrow's end onto another element). */
export function reconnectFlow(doc: ThreatModel, flowId: string, ends: FlowEnds): OperationResult {
  const flow = doc.flows.find((f) => f.id === flowId);
  if (!flow) return fail(`no flow "${flowId}"`);
  const error = flowEndpointError(doc, ends.source, ends.target);
  if (error) return fail(error);
  const next: DataFlow = {
    ...flow,
    source: ends.source,
    target: ends.target,
    sourceHandle: ends.sourceHandle ?? null,
    targetHandle: ends.targetHandle ?? null,
  };
  if (
    next.source === flow.source &&
    next.target === flow.target &&
    next.sourceHandle === flow.sourceHandle &&
    next.targetHandle === flow.targetHandle
  ) {
    return ok(doc);
  }
  return ok({ ...doc, flows: doc.flows.map((f) => (f.id === flowId ? next : f)) });
}

export type FlowPatch = Partial<
  Pick<
    DataFlow,
    "label" | "description" | "technologies" | "bidirectional" | "outOfScope" | "outOfScopeReason"
  >
> & { props?: Record<string, unknown> };

export function updateFlow(doc: ThreatModel, flowId: string, patch: FlowPatch): OperationResult {
  const index = doc.flows.findIndex((f) => f.id === flowId);
  const flow = doc.flows[index];
  if (!flow) return fail(`no flow "${flowId}"`);
  const { props, ...rest } = patch;
  const candidate = { ...flow, ...rest, props: props ? { ...flow.props, ...props } : flow.props };
  const parsed = FlowSchema.safeParse(candidate);
  if (!parsed.success) return fail(formatIssues(parsed.error).join("; "));
  if (JSON.stringify(parsed.data) === JSON.stringify(flow)) return ok(doc);
  const flows = doc.flows.slice();
  flows[index] = parsed.data;
  return ok({ ...doc, flows });
}

/** Reverse a flow's direction. */
export function reverseFlow(doc: ThreatModel, flowId: string): OperationResult {
  const flow = doc.flows.find((f) => f.id === flowId);
  if (!flow) return fail(`no flow "${flowId}"`);
  return reconnectFlow(doc, flowId, {
    source: flow.target,
    target: flow.source,
    sourceHandle: flow.targetHandle,
    targetHandle: flow.sourceHandle,
  });
}
