import { MOD } from "./platform";

/** Every keyboard shortcut, as the "Keyboard shortcuts" dialog lists them. */
export const SHORTCUT_GROUPS: ReadonlyArray<{
  title: string;
  keys: ReadonlyArray<[string, string]>;
}> = [
  {
    title: "Move around",
    keys: [
      ["Tab / Shift+Tab", "Next or previous part of the screen (the canvas is one stop)"],
      ["F6 / Shift+F6", "Palette, canvas, side panel, top bar in turn"],
      ["Arrow keys", "On the canvas with nothing selected: the nearest element that way"],
      ["Arrow keys", "In the palette: the next or previous building block"],
    ],
  },
  {
    title: "Build the diagram",
    keys: [
      ["Enter (palette)", "Add the building block in the middle of the view"],
      ["Enter / Space", "Select the focused element or flow (Shift+Space adds to the selection)"],
      ["Enter (selected)", "Edit the selected element in the Inspector"],
      ["C", "Start a flow from the selected element: pick its target from a list"],
      ["Arrow keys", "Move the selection by 1 px (Shift: 10 px)"],
      ["R", "Resize the selected trust boundary with the arrow keys; Enter keeps, Escape cancels"],
      ["Delete / Backspace", "Delete the selection"],
      ["Escape", "Clear the selection"],
    ],
  },
  {
    title: "Edit",
    keys: [
      [`${MOD}Z`, "Undo"],
      [`${MOD}Shift+Z, Ctrl+Y`, "Redo"],
      [`${MOD}C / X / V`, "Copy, cut, paste"],
      [`${MOD}D`, "Duplicate"],
      [`${MOD}A`, "Select everything"],
      ["L", "Auto layout (the selection, or the whole model)"],
      ["?", "This list"],
    ],
  },
];
