import "../zodConfig";
import { z } from "zod";
import { ViewportSchema, type ThreatModel, type Viewport } from "../schema";
import { formatIssues } from "../validation";
import { fail, ok, type OperationResult } from "./result";

export const ModelDetailsSchema = z.strictObject({
  name: z.string().trim().min(1, "must not be empty").max(200, "is longer than 200 characters"),
  description: z.string().max(20000, "is longer than 20,000 characters"),
  owner: z.string().max(200, "is longer than 200 characters"),
});
export type ModelDetails = z.infer<typeof ModelDetailsSchema>;

export function updateModelDetails(
  doc: ThreatModel,
  patch: Partial<ModelDetails>,
): OperationResult {
  const parsed = ModelDetailsSchema.safeParse({
    name: doc.name,
    description: doc.description,
    owner: doc.owner,
    ...patch,
  });
  if (!parsed.success) return fail(formatIssues(parsed.error).join("; "));
  const { name, description, owner } = parsed.data;
  if (name === doc.name && description === doc.description && owner === doc.owner) return ok(doc);
  return ok({ ...doc, name, description, owner });
}

/**
 * Store the canvas viewport. A viewport with a non-finite x/y or a zoom that is not positive is
 * ignored: stored, it would make the document fail validation and the saved file not open again.
 */
export function setViewport(doc: ThreatModel, viewport: Viewport): ThreatModel {
  if (!ViewportSchema.safeParse(viewport).success) return doc;
  const current = doc.viewport;
  if (
    current &&
    current.x === viewport.x &&
    current.y === viewport.y &&
    current.zoom === viewport.zoom
  ) {
    return doc;
  }
  return { ...doc, viewport: { x: viewport.x, y: viewport.y, zoom: viewport.zoom } };
}
