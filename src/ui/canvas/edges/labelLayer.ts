import { createContext, useContext } from "react";

/**
 * React Flow's layer for HTML edge labels. Its own EdgeLabelRenderer finds the layer with a
 * querySelector inside a store selector, i.e. once per edge on every store update (every drag
 * frame); the canvas looks it up once and hands it down instead.
 */
export const LabelLayerContext = createContext<HTMLElement | null>(null);

export function useLabelLayer(): HTMLElement | null {
  return useContext(LabelLayerContext);
}

export function findLabelLayer(root: HTMLElement | null): HTMLElement | null {
  return root?.querySelector<HTMLElement>(".react-flow__edgelabel-renderer") ?? null;
}
