import ELK from "elkjs/lib/elk-api.js";
import workerUrl from "elkjs/lib/elk-worker.min.js?url";
import {
  placementsFromElk,
  toElkGraph,
  type ElkNode,
  type Placement,
} from "../../../domain/layout/elk";
import type { LayoutProblem } from "../../../domain/layout/problem";

/**
 * ELK runs in a Web Worker (its layered algorithm takes about a second for 200 elements here),
 * so the page stays responsive while it works. Loaded only when a layout is asked for.
 */
let elk: InstanceType<typeof ELK> | null = null;

function engine(): InstanceType<typeof ELK> {
  elk ??= new ELK({ workerUrl });
  return elk;
}

export async function layoutWithElk(
  problem: LayoutProblem,
  elementCount: number,
): Promise<Placement[]> {
  const out: Placement[] = [];
  for (const group of problem.groups) {
    const graph = toElkGraph(group, { elementCount });
    const laidOut = (await engine().layout(
      graph as Parameters<InstanceType<typeof ELK>["layout"]>[0],
    )) as ElkNode;
    out.push(...placementsFromElk(group, laidOut));
  }
  return out;
}
