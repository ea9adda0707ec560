import type { Point, Size } from "../schema";
import type { LayoutGroup, LayoutNode } from "./problem";

/**
 * The part of ELK's JSON graph format the layout uses (https://eclipse.dev/elk/documentation/
 * tooldevelopers/graphdatastructure/jsonformat.html). Declared here so that building the graph
 * and reading the result stay pure and testable without loading ELK itself.
 */
export interface ElkLabel {
  text?: string;
  width?: number;
  height?: number;
}
export interface ElkEdge {
  id: string;
  sources: string[];
  targets: string[];
  labels?: ElkLabel[];
}
export interface ElkNode {
  id: string;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  children?: ElkNode[];
  edges?: ElkEdge[];
  layoutOptions?: Record<string, string>;
}

/** Room around a boundary's members; the top leaves space for its name and zone. */
export const BOUNDARY_PADDING = { top: 56, left: 28, bottom: 28, right: 28 } as const;

/**
 * ELK's layered (Sugiyama) algorithm, left to right along the flows, laying out boundaries and
 * their members in one pass so that flows crossing boundaries are taken into account.
 */
export const ROOT_OPTIONS: Readonly<Record<string, string>> = {
  "elk.algorithm": "layered",
  "elk.direction": "RIGHT",
  "elk.hierarchyHandling": "INCLUDE_CHILDREN",
  "elk.spacing.nodeNode": "48",
  "elk.layered.spacing.nodeNodeBetweenLayers": "72",
  "elk.spacing.edgeLabel": "6",
  "elk.spacing.componentComponent": "64",
  "elk.edgeLabels.placement": "CENTER",
  "elk.layered.crossingMinimization.strategy": "LAYER_SWEEP",
  "elk.layered.considerModelOrder.strategy": "NODES_AND_EDGES",
  "elk.separateConnectedComponents": "true",
};

const CONTAINER_OPTIONS: Readonly<Record<string, string>> = {
  "elk.padding": `[top=${BOUNDARY_PADDING.top},left=${BOUNDARY_PADDING.left},bottom=${BOUNDARY_PADDING.bottom},right=${BOUNDARY_PADDING.right}]`,
  "elk.nodeSize.constraints": "MINIMUM_SIZE",
  "elk.nodeSize.minimum": "(220,140)",
};

/**
 * Above this many elements, boundaries are laid out one at a time (SEPARATE_CHILDREN): laying
 * out everything in one pass took 56 s for 1,000 elements here, one at a time 4.7 s.
 */
export const ONE_PASS_LIMIT = 300;

export function toElkGraph(group: LayoutGroup, options: { elementCount?: number } = {}): ElkNode {
  const onePass = (options.elementCount ?? 0) <= ONE_PASS_LIMIT;
  return {
    id: "__root__",
    layoutOptions: {
      ...ROOT_OPTIONS,
      ...(onePass ? {} : { "elk.hierarchyHandling": "SEPARATE_CHILDREN" }),
    },
    children: group.roots.map(toElkNode),
    edges: group.edges.map((edge) => ({
      id: edge.id,
      sources: [edge.source],
      targets: [edge.target],
      ...(edge.labelWidth > 0
        ? { labels: [{ width: edge.labelWidth, height: edge.labelHeight }] }
        : {}),
    })),
  };
}

function toElkNode(node: LayoutNode): ElkNode {
  if (node.container && node.children.length > 0) {
    return {
      id: node.id,
      layoutOptions: { ...CONTAINER_OPTIONS },
      children: node.children.map(toElkNode),
    };
  }
  return { id: node.id, width: node.width, height: node.height };
}

/** Where the layout put one element: relative to its parent; boundaries get a new size too. */
export interface Placement {
  id: string;
  position: Point;
  size?: Size;
}

/**
 * Read ELK's answer: positions are relative to the containing node, as in the document; the
 * group's roots are shifted so their bounding box starts at the group's origin.
 */
export function placementsFromElk(group: LayoutGroup, laidOut: ElkNode): Placement[] {
  const known = new Map<string, LayoutNode>();
  const collect = (node: LayoutNode) => {
    known.set(node.id, node);
    node.children.forEach(collect);
  };
  group.roots.forEach(collect);
  const roots = laidOut.children ?? [];
  let minX = Infinity;
  let minY = Infinity;
  for (const root of roots) {
    minX = Math.min(minX, root.x ?? 0);
    minY = Math.min(minY, root.y ?? 0);
  }
  if (!Number.isFinite(minX)) return [];
  const out: Placement[] = [];
  const visit = (node: ElkNode, shift: Point) => {
    const source = known.get(node.id);
    if (!source) return;
    const position = {
      x: Math.round((node.x ?? 0) + shift.x),
      y: Math.round((node.y ?? 0) + shift.y),
    };
    const resized = source.container && source.children.length > 0;
    out.push({
      id: node.id,
      position,
      ...(resized
        ? {
            size: {
              width: Math.round(node.width ?? source.width),
              height: Math.round(node.height ?? source.height),
            },
          }
        : {}),
    });
    for (const child of node.children ?? []) visit(child, { x: 0, y: 0 });
  };
  const shift = { x: group.origin.x - minX, y: group.origin.y - minY };
  for (const root of roots) visit(root, shift);
  return out;
}
