import type { Inference } from "../../engine/facts/evidence";
import { CHOICE_LABELS, ML_KIND_LABELS, PROPERTY_LABELS, TRI_STATE_LABELS } from "../labels";

/** An inference in words: the value it gives, and why ("from “HTTPS”"). */
export interface InferenceText {
  value: string;
  because: string;
}

const ENTITY_KIND_WORDS: Readonly<Record<string, string>> = { human: "Human", system: "System" };

function valueLabel(inference: Inference): string {
  const { prop, value } = inference;
  if (value === "yes" || value === "no") return TRI_STATE_LABELS[value];
  if (prop === "entityKind") return ENTITY_KIND_WORDS[value] ?? value;
  return CHOICE_LABELS[prop]?.[value] ?? value;
}

/** `boundaryName` names a trust boundary by id (zone inferences say which zone). */
export function describeInference(
  inference: Inference,
  boundaryName: (id: string) => string,
): InferenceText {
  const reason = inference.reason;
  let because: string;
  switch (reason.kind) {
    case "technology":
      because = `from the technology “${reason.tag}”`;
      break;
    case "mlKind":
      because = `from its ML kind (${ML_KIND_LABELS[reason.mlKind]})`;
      break;
    case "zone":
      because = `from its zone, ${boundaryName(reason.boundaryId)}`;
      break;
    case "content":
      because =
        reason.content === "modelFiles"
          ? "because the flow carries model files"
          : "because the flow carries code or images";
      break;
    case "ends":
      because = "from the elements at its ends";
      break;
    case "implied": {
      const labels: Readonly<Record<string, string>> = PROPERTY_LABELS;
      const label = labels[reason.by] ?? reason.by;
      because = `because “${label}” is Yes`;
      break;
    }
  }
  return { value: valueLabel(inference), because };
}

/** Inferences by the property they fill in (the first for a property wins, as in the engine). */
export function inferencesByProp(list: readonly Inference[]): ReadonlyMap<string, Inference> {
  const byProp = new Map<string, Inference>();
  for (const inference of list)
    if (!byProp.has(inference.prop)) byProp.set(inference.prop, inference);
  return byProp;
}
