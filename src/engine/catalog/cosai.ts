import type { StrideCode } from "../rules/schema";
import cosaiData from "./cosai-risk-map.json";
import type { CatalogEntry } from "./entry";

/**
 * CoSAI Risk Map (continued from Google's SAIF risk map): components with the edges of its
 * reference data flow, controls and risks with their STRIDE, ATLAS and OWASP mappings.
 * Apache-2.0, Copyright 2025 Google LLC and contributors: see NOTICE-COSAI at the repository
 * root. Ids, titles and cross-references only.
 *
 * Codes: `cosai:` + the Risk Map's own id (`cosai:riskPromptInjection`,
 * `cosai:controlRedTeaming`, `cosai:componentTheModel`). The ids are names, stable across
 * versions; the data version is the source commit below. The Risk Map publishes no per-entry
 * page, so entries carry no URL.
 */
export const COSAI_VERSION = "18ab1ef (2026-08-19)";
export const COSAI_DOCUMENT_URL = "https://github.com/cosai-oasis/secure-ai-tooling";
export const COSAI_ATTRIBUTION =
  "CoSAI Risk Map data, Copyright 2025 Google LLC and contributors, licensed under the Apache License 2.0.";

export const COSAI_PREFIX = "cosai:";

export interface CosaiComponent extends CatalogEntry {
  readonly catalog: "cosai";
  readonly id: string;
  readonly category: string;
  readonly subcategory: string | null;
  /** Codes of the components this one sends data to / receives data from. */
  readonly edgesTo: readonly string[];
  readonly edgesFrom: readonly string[];
}

export interface CosaiControl extends CatalogEntry {
  readonly catalog: "cosai";
  readonly id: string;
  readonly category: string;
  /** Codes of the components the control is applied at. */
  readonly components: readonly string[];
  /** Codes of the risks it addresses. */
  readonly risks: readonly string[];
  /** True when the Risk Map binds it to every risk ("all"); such controls are not listed on risks. */
  readonly everyRisk: boolean;
}

export interface CosaiRisk extends CatalogEntry {
  readonly catalog: "cosai";
  readonly id: string;
  readonly category: string;
  /** Codes of the controls bound to it (without the controls bound to every risk). */
  readonly controls: readonly string[];
  readonly personas: readonly string[];
  readonly lifecycleStages: readonly string[];
  readonly impactTypes: readonly string[];
  readonly actorAccess: readonly string[];
  readonly stride: readonly StrideCode[];
  /** ATLAS ids the Risk Map maps the risk to (it cites ATLAS 5.0.1). */
  readonly atlas: readonly string[];
  /** OWASP LLM ids as the Risk Map gives them (`LLM01:2025`). */
  readonly owasp: readonly string[];
}

const STRIDE_BY_NAME: Readonly<Record<string, StrideCode>> = {
  Spoofing: "S",
  Tampering: "T",
  Repudiation: "R",
  InformationDisclosure: "I",
  DenialOfService: "D",
  ElevationOfPrivilege: "E",
};

const code = (id: string) => `${COSAI_PREFIX}${id}`;
const codes = (ids: readonly string[] | undefined) => Object.freeze((ids ?? []).map(code));

interface RawMappings {
  "mitre-atlas"?: string[];
  stride?: string[];
  "owasp-top10-llm"?: string[];
}

export const COSAI_COMPONENTS: readonly CosaiComponent[] = cosaiData.components.map((c) =>
  Object.freeze({
    catalog: "cosai" as const,
    code: code(c.id),
    id: c.id,
    name: c.title,
    url: null,
    category: c.category,
    subcategory: c.subcategory ?? null,
    edgesTo: codes(c.edgesTo),
    edgesFrom: codes(c.edgesFrom),
  }),
);

/** The Risk Map writes "all" or "none" where a control applies to every or no entry. */
function idList(value: string | readonly string[], every: readonly { id: string }[]): string[] {
  if (value === "all") return every.map((e) => e.id);
  if (value === "none") return [];
  if (typeof value === "string") throw new Error(`CoSAI data: unexpected list value "${value}"`);
  return [...value];
}

export const COSAI_CONTROLS: readonly CosaiControl[] = cosaiData.controls.map((c) =>
  Object.freeze({
    catalog: "cosai" as const,
    code: code(c.id),
    id: c.id,
    name: c.title,
    url: null,
    category: c.category,
    components: codes(idList(c.components, cosaiData.components)),
    risks: codes(idList(c.risks, cosaiData.risks)),
    everyRisk: c.risks === "all",
  }),
);

export const COSAI_RISKS: readonly CosaiRisk[] = cosaiData.risks.map((r) => {
  const mappings: RawMappings = r.mappings;
  return Object.freeze({
    catalog: "cosai" as const,
    code: code(r.id),
    id: r.id,
    name: r.title,
    url: null,
    category: r.category,
    controls: codes(r.controls),
    personas: Object.freeze([...r.personas]),
    lifecycleStages: Object.freeze([...r.lifecycleStage]),
    impactTypes: Object.freeze([...r.impactType]),
    actorAccess: Object.freeze([...r.actorAccess]),
    stride: Object.freeze(
      (mappings.stride ?? []).flatMap((name) => {
        const letter = STRIDE_BY_NAME[name];
        return letter ? [letter] : [];
      }),
    ),
    // "AML.T0020@5.0.1": the id without the ATLAS version it was mapped against.
    atlas: Object.freeze((mappings["mitre-atlas"] ?? []).map((id) => id.split("@")[0]!)),
    owasp: Object.freeze([...(mappings["owasp-top10-llm"] ?? [])]),
  });
});

const byCode = new Map<string, CosaiComponent | CosaiControl | CosaiRisk>(
  [...COSAI_COMPONENTS, ...COSAI_CONTROLS, ...COSAI_RISKS].map((entry) => [entry.code, entry]),
);

export function cosaiRisk(code: string): CosaiRisk | undefined {
  const entry = byCode.get(code);
  return entry && "controls" in entry ? entry : undefined;
}

export function cosaiControl(code: string): CosaiControl | undefined {
  const entry = byCode.get(code);
  return entry && "risks" in entry ? entry : undefined;
}

export function cosaiComponent(code: string): CosaiComponent | undefined {
  const entry = byCode.get(code);
  return entry && "edgesTo" in entry ? entry : undefined;
}

/** Every control that addresses a risk: those bound to it and those bound to every risk. */
export function cosaiControlsFor(riskCode: string): CosaiControl[] {
  const risk = cosaiRisk(riskCode);
  if (!risk) return [];
  return COSAI_CONTROLS.filter((c) => c.everyRisk || risk.controls.includes(c.code));
}
