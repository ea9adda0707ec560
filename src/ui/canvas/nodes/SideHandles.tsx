import { Handle, Position } from "@xyflow/react";

const SIDES = [
  ["top", Position.Top],
  ["right", Position.Right],
  ["bottom", Position.Bottom],
  ["left", Position.Left],
] as const;

/**
 * One handle per side. The canvas runs in "loose" connection mode, so every handle can start
 * or end a flow; flows are drawn to whichever sides face each other.
 */
export function SideHandles() {
  return (
    <>
      {SIDES.map(([id, position]) => (
        <Handle key={id} id={id} type="source" position={position} className="tc-handle" />
      ))}
    </>
  );
}
