import type { Box, Pt } from "../interop/geometry";
import { numberFrom } from "../interop/geometry";
import { str } from "../interop/text";

/**
 * Threat Dragon cells, version 1 (JointJS: type, attributes and threats on the cell) and
 * version 2 (AntV X6: shape, with everything of ours under `data`), read into one shape.
 */

export type CellKind =
  "actor" | "process" | "store" | "flow" | "curve" | "box" | "text" | "unknown";

export interface CellEnd {
  cell: string | null;
  point: Pt | null;
}

export interface TdCell {
  id: string;
  kind: CellKind;
  /** The cell's `type` or `shape`, for messages. */
  typeName: string;
  name: string;
  /** Threat Dragon's element fields (v2 `data`, v1 the cell itself). */
  data: Record<string, unknown>;
  box: Box | null;
  source: CellEnd;
  target: CellEnd;
  vertices: Pt[];
  threats: Record<string, unknown>[];
  /** The cell as in the file, for keys we do not read. */
  raw: Record<string, unknown>;
}

const KIND_BY_TYPE: Record<string, CellKind> = {
  "tm.actor": "actor",
  "tm.process": "process",
  "tm.store": "store",
  "tm.flow": "flow",
  "tm.boundary": "curve",
  "tm.boundarybox": "box",
  "tm.text": "text",
  actor: "actor",
  process: "process",
  store: "store",
  flow: "flow",
  "trust-boundary-curve": "curve",
  "trust-boundary": "curve",
  "trust-boundary-box": "box",
  "td-text-block": "text",
};

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function readCell(raw: Record<string, unknown>, index: number, version: 1 | 2): TdCell {
  const data = version === 2 && isRecord(raw.data) ? raw.data : raw;
  const typeName = str(data.type) || str(raw.shape) || str(raw.type);
  const kind =
    KIND_BY_TYPE[typeName.toLowerCase()] ?? KIND_BY_TYPE[str(raw.shape).toLowerCase()] ?? "unknown";
  const id =
    typeof raw.id === "string" && raw.id
      ? raw.id
      : typeof raw.id === "number"
        ? String(raw.id)
        : `cell-${index + 1}`;
  const threats = Array.isArray(data.threats) ? data.threats.filter(isRecord) : [];
  return {
    id,
    kind,
    typeName: typeName || "(no type)",
    name: cellName(raw, data, version),
    data,
    box: readBox(raw),
    source: readEnd(raw.source),
    target: readEnd(raw.target),
    vertices: Array.isArray(raw.vertices) ? raw.vertices.flatMap((v) => pointOf(v) ?? []) : [],
    threats,
    raw,
  };
}

function cellName(
  raw: Record<string, unknown>,
  data: Record<string, unknown>,
  version: 1 | 2,
): string {
  if (version === 2 && typeof data.name === "string") return data.name;
  const attrs = isRecord(raw.attrs) ? raw.attrs : {};
  const text = isRecord(attrs.text) ? str(attrs.text.text) : "";
  if (text) return text;
  const label = isRecord(attrs.label) ? str(attrs.label.text) : "";
  if (label) return label;
  const labels = Array.isArray(raw.labels) ? raw.labels : [];
  for (const l of labels) {
    if (!isRecord(l) || !isRecord(l.attrs)) continue;
    for (const key of ["text", "label", "labelText"]) {
      const part = l.attrs[key];
      if (isRecord(part) && str(part.text)) return str(part.text);
    }
  }
  return str(data.name);
}

function readBox(raw: Record<string, unknown>): Box | null {
  const position = isRecord(raw.position) ? raw.position : null;
  const size = isRecord(raw.size) ? raw.size : null;
  const x = numberFrom(position?.x ?? raw.x);
  const y = numberFrom(position?.y ?? raw.y);
  if (x === null || y === null) return null;
  const width = numberFrom(size?.width ?? raw.width) ?? 100;
  const height = numberFrom(size?.height ?? raw.height) ?? 80;
  return { x, y, width, height };
}

function readEnd(value: unknown): CellEnd {
  if (!isRecord(value)) return { cell: null, point: null };
  const cell = str(value.cell) || str(value.id);
  return { cell: cell || null, point: pointOf(value) };
}

function pointOf(value: unknown): Pt | null {
  if (!isRecord(value)) return null;
  const x = numberFrom(value.x);
  const y = numberFrom(value.y);
  return x === null || y === null ? null : { x, y };
}
