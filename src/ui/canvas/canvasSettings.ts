import { create } from "zustand";

/** View preferences of the canvas: not part of any model, kept for the session. */
interface CanvasSettings {
  snapToGrid: boolean;
  showMinimap: boolean;
  toggleSnap(): void;
  toggleMinimap(): void;
}

export const useCanvasSettings = create<CanvasSettings>()((set) => ({
  snapToGrid: true,
  showMinimap: true,
  toggleSnap: () => set((s) => ({ snapToGrid: !s.snapToGrid })),
  toggleMinimap: () => set((s) => ({ showMinimap: !s.showMinimap })),
}));
