import type {
  DataFlow,
  DfdElement,
  TriState,
  TrustBoundaryElement,
  ZoneKind,
} from "../../domain/schema";
import type { MlAssetKind } from "../../domain/mlKinds";
import type { ModelFactName } from "../rules/facts";
import type { Cause, ReachTable } from "./exposure";
import type { Unknown } from "../findings";
import type { MatchedFact } from "../types";

/**
 * Everything the engine knows about one element for one evaluation: the element itself plus
 * the facts derived from the rest of the model (placement, exposure, personal data, degrees,
 * neighbours). Built once per evaluation by `deriveWorld`; rules only read it.
 */
export interface ElementInfo {
  readonly kind: "element";
  readonly id: string;
  readonly element: DfdElement;
  /** Display name for texts and questions ("Unnamed process" when empty). */
  readonly name: string;
  /** `element.type`, `element.mlKind` (null on a boundary), read here in one shape. */
  readonly type: DfdElement["type"];
  readonly mlKind: MlAssetKind | null;
  /** The type's bit and the ML kind's bits, see facts/kinds.ts. */
  readonly typeBit: number;
  readonly kindBit: number;
  /** Type and ML kind as one number: what selects the rules that apply. */
  readonly kindIndex: number;
  /** Display name of the innermost boundary, or "no trust boundary". */
  readonly boundaryName: string;
  /** Position in `model.elements`: findings come out in document order. */
  readonly order: number;
  /** Boundaries containing the element, innermost first. */
  readonly chain: readonly TrustBoundaryElement[];
  /** Zone kind of the innermost boundary, or "none". */
  readonly zoneKind: ZoneKind | "none";
  /** Trust level of the innermost boundary; undefined outside every boundary. */
  readonly trustLevel: number | undefined;
  /** The element's own flag, or that of any boundary containing it. */
  readonly outOfScope: boolean;
  /**
   * Effective properties: the user's answers, with unknowns filled from evidence (what was
   * inferred, and why, is `inferencesOf`: the inspector asks for one item at a time).
   */
  readonly props: Readonly<Record<string, unknown>>;
  /** Who can reach it and whose data influences it (see facts/exposure.ts). */
  reach: ReachTable;
  handlesPersonalData: TriState;
  /** Known personal or confidential/restricted data reaches it (never unknown: only what is said). */
  handlesSensitiveData: "yes" | "no";
  /** The unknowns `handlesPersonalData` hinges on, when it is unknown. */
  personalDataCauses: readonly Cause[];
  inDegree: number;
  outDegree: number;
  /** Elements one flow away against the flow direction (bidirectional flows count both ways). */
  upstream: readonly ElementInfo[];
  /** Elements one flow away along the flow direction. */
  downstream: readonly ElementInfo[];
  /** Elements one flow away in either direction. */
  neighbours: readonly ElementInfo[];
  /** Scratch mark for graph walks during evaluation (compared with a per-walk stamp). */
  visit: number;
  /** Its unknown facts that outcomes hinge on, each made once (see `unknownOf` in findings.ts). */
  asked: (Unknown | undefined)[] | null;
  /** Its facts that findings name as reasons, each made once (see `matchedOf` in findings.ts). */
  matched: (MatchedFact | undefined)[] | null;
}

export type TrustDirection = "none" | "up" | "down" | "level";

export interface FlowInfo {
  readonly kind: "flow";
  readonly id: string;
  readonly flow: DataFlow;
  /** The flow's label, or "source → target". */
  readonly name: string;
  /** Display name of `boundary`, or "no trust boundary". */
  readonly boundaryName: string;
  /** Position in `model.flows`. */
  readonly order: number;
  /** Position in `World.flows` (flows with a missing or boundary end are left out there). */
  readonly index: number;
  readonly source: ElementInfo;
  readonly target: ElementInfo;
  /** The flow's own flag (a flow to an out-of-scope element is still ours to protect). */
  readonly outOfScope: boolean;
  /** Effective properties (see ElementInfo.props); `initiatedBy` is always resolved. */
  readonly props: Readonly<Record<string, unknown>>;
  /** True when the flow or either end is out of scope: no interaction or crossing findings. */
  readonly interactionOutOfScope: boolean;
  readonly crossesBoundary: boolean;
  readonly trustDirection: TrustDirection;
  /** For crossings: the innermost boundary entered, else the innermost boundary left. */
  readonly boundary: TrustBoundaryElement | null;
  /** See `ElementInfo.asked`. */
  asked: (Unknown | undefined)[] | null;
  /** See `ElementInfo.matched`. */
  matched: (MatchedFact | undefined)[] | null;
}

export type Subject = ElementInfo | FlowInfo;

export type ModelFacts = Readonly<Record<ModelFactName, number>>;

export interface World {
  /** Every element, in document order (boundaries and out-of-scope elements included). */
  readonly elements: readonly ElementInfo[];
  readonly elementsById: ReadonlyMap<string, ElementInfo>;
  /** Flows whose ends exist and are not boundaries, in document order. */
  readonly flows: readonly FlowInfo[];
  readonly flowsById: ReadonlyMap<string, FlowInfo>;
  readonly modelFacts: ModelFacts;
  /**
   * Every element and flow has an id of its own (as in a valid document), so each question id
   * (`fact@id`) names one subject object of this world.
   */
  readonly distinctIds: boolean;
}
