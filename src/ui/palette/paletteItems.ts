import { ML_ASSET_KINDS, ML_KIND_ELEMENT_TYPE } from "../../domain/mlKinds";
import type { ZoneKind } from "../../domain/schema";
import type { PaletteItem } from "../canvas/paletteDrag";
import { ELEMENT_TYPE_LABELS, ML_KIND_LABELS, ZONE_KIND_LABELS } from "../labels";

export interface PaletteSection {
  title: string;
  items: PaletteItem[];
}

const GENERIC: PaletteItem[] = (
  ["process", "dataStore", "externalEntity", "trustBoundary"] as const
).map((type) => ({ type, name: ELEMENT_TYPE_LABELS[type], mlKind: null }));

const ZONES: ZoneKind[] = [
  "external",
  "dmz",
  "inference",
  "training",
  "data",
  "control",
  "monitoring",
  "registry",
];

export const PALETTE_SECTIONS: PaletteSection[] = [
  { title: "DFD elements", items: GENERIC },
  {
    title: "ML building blocks",
    items: ML_ASSET_KINDS.map((kind) => ({
      type: ML_KIND_ELEMENT_TYPE[kind],
      name: ML_KIND_LABELS[kind],
      mlKind: kind,
    })),
  },
  {
    title: "Trust zones",
    items: ZONES.map((zoneKind) => ({
      type: "trustBoundary",
      name: `${ZONE_KIND_LABELS[zoneKind].split(" (")[0]} zone`,
      mlKind: null,
      zoneKind,
    })),
  },
];
