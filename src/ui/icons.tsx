import type { MlAssetKind } from "../domain/mlKinds";
import type { ElementType } from "../domain/schema";
import { scalePath } from "./scalePath";

/**
 * Small line icons, drawn here so the app needs no icon font or network. Each ML kind gets its
 * own glyph so that kinds are distinguishable on the canvas and in the palette.
 */
const GLYPHS: Record<MlAssetKind | ElementType, string> = {
  process: "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18",
  dataStore: "M3 7h18M3 17h18",
  externalEntity: "M4 6h16v12H4z",
  trustBoundary: "M3 3h18v18H3z",
  "training-data-store":
    "M4 6c0-2 16-2 16 0v12c0 2-16 2-16 0zM4 6c0 2 16 2 16 0M4 12c0 2 16 2 16 0",
  "feature-store": "M4 5h16v4H4zM4 10h16v4H4zM4 15h16v4H4z",
  "labeling-tool": "M3 12l9-9h8v8l-9 9zM16 7h.01",
  "data-pipeline": "M3 12h4l3-6 4 12 3-6h4",
  "training-job": "M4 20V10M10 20V4M16 20v-7M20 20H2",
  "experiment-tracker": "M9 3h6M10 3v6l-5 10h14l-5-10V3",
  "model-artifact-store": "M12 3l8 4v10l-8 4-8-4V7zM12 11l8-4M12 11v10M12 11L4 7",
  "model-registry": "M5 4h14v16H5zM8 8h8M8 12h8M8 16h5",
  "deployment-pipeline": "M5 19l4-4M14 4l6 6-9 9-6-6zM15 9h.01",
  "inference-endpoint": "M4 12h10M10 6l6 6-6 6M19 5v14",
  llm: "M4 5h16v11H9l-5 4zM8 9h8M8 12h5",
  "embedding-model": "M5 5h4v4H5zM15 5h4v4h-4zM10 15h4v4h-4zM7 9l5 6M17 9l-5 6",
  "vector-store": "M4 19l5-9 4 5 3-4 4 8zM8 6h.01M14 5h.01M19 7h.01",
  "prompt-store": "M6 4h9l4 4v12H6zM9 11h7M9 15h5",
  agent: "M8 8h8v8H8zM12 3v5M12 16v5M3 12h5M16 12h5",
  "agent-tool": "M14 6l4 4-9 9H5v-4zM13 7l4 4",
  "third-party-ai-api": "M7 18a4 4 0 0 1 0-8a6 6 0 0 1 11 1a3.5 3.5 0 0 1 0 7z",
  monitoring: "M2 12h4l2-5 4 10 3-7 2 2h5",
  "federated-client": "M5 5h14v10H5zM9 19h6M12 15v4",
  "federated-aggregator":
    "M12 12m-3 0a3 3 0 1 0 6 0a3 3 0 1 0-6 0M4 4l5 5M20 4l-5 5M4 20l5-5M20 20l-5-5",
  "human-reviewer": "M12 8m-4 0a4 4 0 1 0 8 0a4 4 0 1 0-8 0M4 21c1-5 15-5 16 0M16 15l2 2 3-3",
  "end-user": "M12 8m-4 0a4 4 0 1 0 8 0a4 4 0 1 0-8 0M4 21c1-5 15-5 16 0",
  "data-provider": "M4 6c0-2 16-2 16 0v12c0 2-16 2-16 0zM4 6c0 2 16 2 16 0M12 10v6M9 13l3 3 3-3",
  "model-hub": "M12 3l8 4v10l-8 4-8-4V7zM9 12h6M12 9v6",
  "package-index": "M3 8l9-5 9 5v8l-9 5-9-5zM3 8l9 5 9-5M12 13v8",
  "container-registry": "M3 7h18v4H3zM3 13h18v4H3zM7 9h.01M7 15h.01",
  "mcp-server": "M4 4h16v6H4zM4 14h16v6H4zM8 7h.01M8 17h.01M14 7h3M14 17h3",
  guardrail: "M12 3l8 3v6c0 5-4 8-8 9-4-1-8-4-8-9V6zM9 12l2 2 4-4",
};

/** The glyphs are drawn on a 24-unit grid. */
const GRID = 24;
const STROKE = 1.8;
const scaled = new Map<string, string>();

/** A glyph's path at `size` units (see scalePath: no viewBox scaling), computed once per size. */
function glyphAt(kind: MlAssetKind | ElementType, size: number): string {
  const key = `${kind}@${size}`;
  let d = scaled.get(key);
  if (d === undefined) {
    d = size === GRID ? GLYPHS[kind] : scalePath(GLYPHS[kind], size / GRID);
    scaled.set(key, d);
  }
  return d;
}

export function KindIcon({
  kind,
  size = 18,
  title,
}: {
  kind: MlAssetKind | ElementType;
  size?: number;
  title?: string;
}) {
  return (
    <svg
      width={size}
      height={size}
      viewBox={`0 0 ${size} ${size}`}
      fill="none"
      stroke="currentColor"
      strokeWidth={(STROKE * size) / GRID}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden={title ? undefined : true}
      role={title ? "img" : undefined}
      aria-label={title}
      focusable="false"
    >
      <path d={glyphAt(kind, size)} />
    </svg>
  );
}
