import "../../domain/zodConfig";
import { z } from "zod";
import { ML_ASSET_KINDS } from "../../domain/mlKinds";
import { ELEMENT_TYPES, ZONE_KINDS } from "../../domain/schema";

/** What a palette item carries while it is dragged onto the canvas. */
export const PALETTE_MIME = "application/x-threatcanvas-palette";

export const PaletteItemSchema = z.strictObject({
  type: z.enum(ELEMENT_TYPES),
  name: z.string().max(200),
  mlKind: z.enum(ML_ASSET_KINDS).nullable(),
  zoneKind: z.enum(ZONE_KINDS).optional(),
});
export type PaletteItem = z.infer<typeof PaletteItemSchema>;

export function readPaletteItem(text: string): PaletteItem | null {
  try {
    const parsed = PaletteItemSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
