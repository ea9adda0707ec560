import { isolateBidi } from "../../domain/text/bidi";
import type { ExternalEntityProps } from "../../domain/schema";

/**
 * Inspector chrome: field labels and hints that are not codes. Codes (types, kinds, tri-states,
 * property names) get their words from `../labels`. The visible label of every control is also its
 * accessible name, so end-to-end tests can find controls by these strings.
 */
export const FIELD_LABELS = {
  name: "Name",
  label: "Label",
  description: "Description",
  owner: "Owner",
  technologies: "Technologies",
  mlKind: "ML asset kind",
  outOfScope: "Out of scope",
  outOfScopeReason: "Reason",
  bidirectional: "Bidirectional",
} as const;

export const ENTITY_KIND_LABELS: Record<ExternalEntityProps["entityKind"], string> = {
  human: "Human",
  system: "System",
  unknown: "Unknown",
};

export const UI_TEXT = {
  panel: "Inspector",
  noModel: "No model is open.",
  modelHeading: "Model",
  addHint:
    "Drag a building block from the palette onto the canvas to add it; select an element or flow to edit it here.",
  flowHeading: "Data flow",
  from: "From",
  to: "To",
  reverse: "Reverse direction",
  mlKindNone: "None",
  properties: "Properties",
  technologiesHint: "Type a name and press Enter or comma to add it.",
  trustHint: "0 = untrusted (the internet), 100 = fully trusted.",
  retentionHint: "Leave empty if nobody knows yet.",
  outOfScopeBadge: "Out of scope",
  deleteSelection: "Delete",
  deleteElement: "Delete element",
  deleteFlow: "Delete flow",
  removeTag: (tag: string) => `Remove tag ${isolateBidi(tag)}`,
  changedUnder: (value: string) =>
    value === ""
      ? "Cleared elsewhere (another tab, or undo) while you typed. Enter keeps your text; Escape takes the empty value."
      : `Changed elsewhere (another tab, or undo) to “${isolateBidi(value)}” while you typed. Enter keeps your text; Escape takes that one.`,
  itemsSelected: (count: number) => `${count} items selected`,
  typeKinds: (typeLabel: string) => `${typeLabel} kinds`,
  counts: (elements: number, flows: number) =>
    `${elements} ${elements === 1 ? "element" : "elements"}, ${flows} ${flows === 1 ? "flow" : "flows"}`,
} as const;
