import { ML_KIND_ELEMENT_TYPE, type MlAssetKind } from "./mlKinds";
import type { DfdElement, ElementType } from "./schema";
import { quoteUserText } from "./validation";

/** Element types that carry an ML kind (trust boundaries have none). */
export type KindedType = Exclude<ElementType, "trustBoundary">;

/**
 * The nearest kind of an element type for a kind made for another type: an "LLM" drawn as an
 * external entity is someone else's model behind an API; a "model hub" drawn as a data store is
 * a registry of models. Kinds not listed for a type have no near kind there and are cleared: a
 * wrong kind would give findings whose premise is false (tool calls from a data store), which
 * is worse than the generic findings of a plain element.
 */
export const NEAREST_KIND_ON: Readonly<
  Record<KindedType, Readonly<Partial<Record<MlAssetKind, MlAssetKind>>>>
> = {
  externalEntity: {
    llm: "third-party-ai-api",
    "inference-endpoint": "third-party-ai-api",
    "embedding-model": "third-party-ai-api",
    agent: "third-party-ai-api",
    /** A hosted moderation API. */
    guardrail: "third-party-ai-api",
    /** A vendor's fine-tuning service. */
    "training-job": "third-party-ai-api",
    /** A labeling vendor supplies training labels. */
    "labeling-tool": "data-provider",
    "data-pipeline": "data-provider",
    "training-data-store": "data-provider",
    "feature-store": "data-provider",
    "vector-store": "data-provider",
    "model-artifact-store": "model-hub",
    "model-registry": "model-hub",
    "container-registry": "package-index",
  },
  process: {
    /** Not "llm": a third-party AI API need not be a language model. */
    "third-party-ai-api": "inference-endpoint",
    /** A federated client trains on its own data. */
    "federated-client": "training-job",
    "data-provider": "data-pipeline",
  },
  dataStore: {
    /** A store marked as a model holds that model's weights. */
    llm: "model-artifact-store",
    "embedding-model": "model-artifact-store",
    /** An experiment tracker's store keeps run artifacts, models among them. */
    "experiment-tracker": "model-artifact-store",
    "labeling-tool": "training-data-store",
    "model-hub": "model-registry",
    "package-index": "container-registry",
  },
};

export function kindFitsType(kind: MlAssetKind, type: KindedType): boolean {
  return ML_KIND_ELEMENT_TYPE[kind] === type;
}

/** The kind itself when it fits the type, else its nearest kind on that type, else null. */
export function nearestKindFor(kind: MlAssetKind, type: KindedType): MlAssetKind | null {
  if (kindFitsType(kind, type)) return kind;
  return NEAREST_KIND_ON[type][kind] ?? null;
}

/** Why an element's kind cannot be set (`mlKind: "llm" does not fit a data store; …`), or null. */
export function kindMismatchProblem(element: DfdElement): string | null {
  if (element.type === "trustBoundary" || element.mlKind === null) return null;
  if (kindFitsType(element.mlKind, element.type)) return null;
  const own = ML_KIND_ELEMENT_TYPE[element.mlKind];
  return `mlKind: "${element.mlKind}" does not fit ${withArticle(element.type)}; it is a kind for ${withArticle(own)}`;
}

/** One element whose kind did not fit its type, and what it became. */
export interface KindChange {
  elementId: string;
  elementName: string;
  elementType: KindedType;
  from: MlAssetKind;
  /** The nearest kind of its type, or null when nothing was near and the kind was cleared. */
  to: MlAssetKind | null;
}

/**
 * Give every element whose ML kind does not fit its type the nearest kind of its type (or none),
 * and say which. Stored models and files may hold such kinds from before the editor refused
 * them; they must still open, so they are fitted here rather than refused. Returns the input
 * itself when every kind fits.
 */
export function fitKindsToTypes<T extends { elements: readonly DfdElement[] }>(
  doc: T,
): { value: T; changes: KindChange[] } {
  const changes: KindChange[] = [];
  const elements = doc.elements.map((element) => {
    if (element.type === "trustBoundary" || element.mlKind === null) return element;
    if (kindFitsType(element.mlKind, element.type)) return element;
    const to = nearestKindFor(element.mlKind, element.type);
    changes.push({
      elementId: element.id,
      elementName: element.name,
      elementType: element.type,
      from: element.mlKind,
      to,
    });
    return { ...element, mlKind: to };
  });
  if (changes.length === 0) return { value: doc, changes };
  return { value: { ...doc, elements }, changes };
}

/**
 * The kinds as they were before `fitKindsToTypes`: for writes that must not change a stored
 * model beyond what they are for (renaming it from the list, duplicating it), so that opening
 * it still shows what was fitted.
 */
export function unfitKinds<T extends { elements: readonly DfdElement[] }>(
  doc: T,
  changes: readonly KindChange[],
): T {
  if (changes.length === 0) return doc;
  const from = new Map(changes.map((change) => [change.elementId, change.from]));
  const elements = doc.elements.map((element) => {
    const kind = from.get(element.id);
    return kind === undefined || element.type === "trustBoundary"
      ? element
      : { ...element, mlKind: kind };
  });
  return { ...doc, elements };
}

const TYPE_NOUNS: Record<KindedType, string> = {
  process: "process",
  dataStore: "data store",
  externalEntity: "external entity",
};

function withArticle(type: KindedType): string {
  return `${type === "externalEntity" ? "an" : "a"} ${TYPE_NOUNS[type]}`;
}

/** How a description names a kind: its code in files and the CLI, its label in the app. */
export type KindWord = (kind: MlAssetKind) => string;

/** Kinds as the file writes them: `"llm"`. */
export const KIND_CODE: KindWord = (kind) => `"${kind}"`;

/** `ML kind "llm" does not fit an external entity; changed to "third-party-ai-api"`. */
export function kindChangeText(
  change: Pick<KindChange, "from" | "to" | "elementType">,
  word: KindWord = KIND_CODE,
): string {
  const what = `ML kind ${word(change.from)} does not fit ${withArticle(change.elementType)}`;
  if (change.to !== null) return `${what}; changed to ${word(change.to)}`;
  const hint =
    change.from === "monitoring" && change.elementType === "dataStore"
      ? "; if it holds logs or metrics, set its “Stores logs” property"
      : "";
  return `${what}; no ${TYPE_NOUNS[change.elementType]} kind is close, so the kind was cleared${hint}`;
}

/** The same, naming the element: `"OpenAI": ML kind "llm" does not fit …`. */
export function describeKindChange(change: KindChange, word: KindWord = KIND_CODE): string {
  const name =
    change.elementName.trim() === ""
      ? `Unnamed ${TYPE_NOUNS[change.elementType]}`
      : quoteUserText(change.elementName);
  return `${name}: ${kindChangeText(change, word)}`;
}
