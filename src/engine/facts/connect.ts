import type { TriState } from "../../domain/schema";
import type { Cause } from "./exposure";
import type { ElementInfo, FlowInfo } from "./world";

/**
 * Records every flow on its ends: degrees, neighbours, and personal data ("yes" when a flow
 * carrying it ends here, either end of a bidirectional flow; "unknown" when that hinges on an
 * unknown). Degrees first, which bound the lists, so that each list is made once at its size.
 */
export function connectAll(elements: readonly ElementInfo[], flows: readonly FlowInfo[]): void {
  const touching = new Uint32Array(elements.length);
  for (let i = 0; i < flows.length; i++) {
    const { source, target, flow } = flows[i]!;
    source.outDegree++;
    target.inDegree++;
    touching[source.order]!++;
    touching[target.order]!++;
    if (flow.bidirectional) {
      source.inDegree++;
      target.outDegree++;
    }
  }
  for (let i = 0; i < elements.length; i++) {
    const info = elements[i]!;
    if (touching[i] === 0) continue;
    info.upstream = new Array<ElementInfo>(info.inDegree);
    info.downstream = new Array<ElementInfo>(info.outDegree);
    info.neighbours = new Array<ElementInfo>(touching[i]!);
  }
  const up = new Uint32Array(elements.length);
  const down = new Uint32Array(elements.length);
  const near = new Uint32Array(elements.length);
  for (let i = 0; i < flows.length; i++) {
    const info = flows[i]!;
    const { source, target, flow } = info;
    const carries = (info.props.carriesPersonalData as TriState | undefined) ?? "unknown";
    addOnce(source.downstream, down, source.order, target);
    addOnce(target.upstream, up, target.order, source);
    addOnce(source.neighbours, near, source.order, target);
    addOnce(target.neighbours, near, target.order, source);
    receivePersonalData(target, info, carries);
    if (flow.bidirectional) {
      addOnce(target.downstream, down, target.order, source);
      addOnce(source.upstream, up, source.order, target);
      receivePersonalData(source, info, carries);
    }
  }
  // Two flows between the same pair list it once: trim what was reserved for repeats.
  for (let i = 0; i < elements.length; i++) {
    if (touching[i] === 0) continue;
    const info = elements[i]!;
    trim(info.upstream, up[i]!);
    trim(info.downstream, down[i]!);
    trim(info.neighbours, near[i]!);
  }
}

function trim(list: readonly ElementInfo[], length: number): void {
  if (list.length !== length) (list as ElementInfo[]).length = length;
}

/** Appends `info` to the first `filled[at]` entries of `list` unless it is among them. */
function addOnce(
  list: readonly ElementInfo[],
  filled: Uint32Array,
  at: number,
  info: ElementInfo,
): void {
  const count = filled[at]!;
  for (let i = 0; i < count; i++) if (list[i] === info) return;
  (list as ElementInfo[])[count] = info;
  filled[at] = count + 1;
}

function receivePersonalData(element: ElementInfo, flow: FlowInfo, carries: TriState): void {
  if (carries === "yes" || isSensitive(flow.props.classification))
    element.handlesSensitiveData = "yes";
  element.handlesPersonalData = worse(element.handlesPersonalData, carries);
  if (carries === "unknown" && element.personalDataCauses.length < 8) {
    element.personalDataCauses = withCause(element.personalDataCauses, {
      subject: flow,
      fact: "carriesPersonalData",
    });
  }
}

function withCause(list: readonly Cause[], cause: Cause): readonly Cause[] {
  const out = new Array<Cause>(list.length + 1);
  for (let i = 0; i < list.length; i++) out[i] = list[i]!;
  out[list.length] = cause;
  return out;
}

const SENSITIVE_CLASSES: ReadonlySet<unknown> = new Set(["confidential", "restricted"]);
export function isSensitive(classification: unknown): boolean {
  return SENSITIVE_CLASSES.has(classification);
}

/** Three-valued "or" on tri-states: yes beats unknown beats no. */
function worse(a: TriState, b: TriState): TriState {
  if (a === "yes" || b === "yes") return "yes";
  if (a === "unknown" || b === "unknown") return "unknown";
  return "no";
}
