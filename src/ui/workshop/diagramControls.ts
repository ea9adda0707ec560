import type { ReactFlowInstance, ViewportPortal } from "@xyflow/react";

/** What presentation mode needs of the diagram, handed over by the button that starts it. */
export interface DiagramControls {
  reactFlow: ReactFlowInstance;
  /** The diagram's pane (null until it is mounted). */
  pane: HTMLElement | null;
  /** React Flow's portal into the diagram's coordinates. */
  ViewportPortal: typeof ViewportPortal;
}
