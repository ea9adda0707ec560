import type { Rule } from "../rules/schema";
import { REFERENCE_FIELDS, type ReferenceField } from "../rules/references";
import { atlasTechnique } from "./atlas";
import { atlasAdded, atlasSuccessor, isAtlasRetired } from "./atlasChanges";
import { dasfRisk, type DasfComponentCode } from "./dasf";
import { DASF_CHECKLIST } from "./dasfChecklist";
import { ruleConcernsComponent } from "./dasfComponentKinds";
import type { CatalogId } from "./entry";
import { llmCounterpart } from "./owasp2026";
import { agenticThreat } from "./owaspAgentic";
import { catalogEntries, referenceEntryIn } from "./registry";

/**
 * How much of each catalog the rules reach: an entry is covered when at least one rule cites
 * it. DASF risks count only when the citing rule fires on the risk's component (see
 * dasfComponentKinds.ts); organisational DASF risks are listed apart (dasfChecklist.ts).
 * Pure: `npm run coverage:catalogs` prints it for the built-in rules.
 */
export type CoverageRule = Pick<Rule, "id" | "pack" | "scope" | "target" | "references">;

export interface CatalogCoverage {
  readonly catalog: CatalogId;
  /** What is counted, when it is not every entry: "techniques and sub-techniques", "risks". */
  readonly counted: string;
  readonly total: number;
  /** Codes covered, in catalog order. */
  readonly covered: readonly string[];
  readonly uncovered: readonly string[];
  /** Code -> ids of the rules that cite it (only codes that count). */
  readonly citedBy: ReadonlyMap<string, readonly string[]>;
  /** The number of covered entries the project aims for (issue 6), if it set one. */
  readonly goal: number | null;
  /** Covered only through the other edition's code (LLM crosswalk): code -> the cited code. */
  readonly viaCounterpart: ReadonlyMap<string, string>;
  /** Uncovered codes another catalog's citations point at (ASI from cited AGT threats). */
  readonly hintedBy: ReadonlyMap<string, readonly string[]>;
}

export interface OffComponentCitation {
  readonly ruleId: string;
  readonly code: string;
  readonly component: DasfComponentCode;
}

export interface CoverageReport {
  readonly ruleCount: number;
  readonly catalogs: readonly CatalogCoverage[];
  /** ATLAS parent techniques reached, counting a sub-technique for its parent. */
  readonly atlasParents: { readonly reached: number; readonly total: number };
  readonly atlasMitigationsCited: readonly string[];
  /** Cited ATLAS ids that upstream ATLAS has retired since 5.6.0. */
  readonly atlasRetired: ReadonlyArray<{ id: string; successor: string; ruleIds: string[] }>;
  /** DASF risks offered as model-level checklist items (uncovered, but not listed as such). */
  readonly dasfChecklist: readonly string[];
  /** Checklist risks a rule cites after all: covered, and due to leave the checklist. */
  readonly dasfChecklistCited: readonly string[];
  /** DASF citations on rules that do not fire on the risk's component (not counted). */
  readonly dasfOffComponent: readonly OffComponentCitation[];
  /** AI-pack rules that name no MAESTRO layer (every AI finding should name one). */
  readonly aiRulesWithoutMaestro: readonly string[];
  /** Cited codes no catalog knows. */
  readonly unknown: ReadonlyArray<{ ruleId: string; field: ReferenceField; code: string }>;
}

const GOALS: Partial<Record<CatalogId, number>> = {
  atlas: 60,
  "dasf-2.0": 50,
  cosai: 36,
  "owasp-agentic-1.1": 17,
  "owasp-asi-2026": 10,
};

interface Counted {
  readonly catalog: CatalogId;
  readonly counted: string;
  readonly codes: readonly string[];
}

function countedEntries(): Counted[] {
  // Ids retired upstream are no longer there to cover (citing one is reported apart).
  const all = (catalog: CatalogId, counted: string, kinds?: readonly string[]): Counted => ({
    catalog,
    counted,
    codes: catalogEntries(catalog)
      .filter((e) => (!kinds || kinds.includes(e.kind)) && !isAtlasRetired(e.code))
      .map((e) => e.code),
  });
  return [
    all("atlas", "techniques and sub-techniques", ["technique", "sub-technique"]),
    all("owasp-ml-2023", "risks"),
    all("owasp-llm-2025", "risks"),
    all("owasp-llm-2026", "risks"),
    all("owasp-asi-2026", "risks"),
    all("owasp-agentic-1.1", "threats"),
    all("dasf-2.0", "risks cited on their component"),
    all("dasf-3.0", "agentic risks cited on their component"),
    all("cosai", "risks", ["risk"]),
    all("owasp-ai-exchange", "threats"),
    all("nist-ai-100-2-e2025", "objectives and attacks"),
    all("maestro", "layers"),
  ];
}

export function catalogCoverage(rules: readonly CoverageRule[]): CoverageReport {
  const citedBy = new Map<string, string[]>();
  const cite = (code: string, ruleId: string) => {
    const ids = citedBy.get(code) ?? [];
    if (!ids.includes(ruleId)) ids.push(ruleId);
    citedBy.set(code, ids);
  };
  const unknown: Array<{ ruleId: string; field: ReferenceField; code: string }> = [];
  const offComponent: OffComponentCitation[] = [];
  const mitigations = new Set<string>();

  for (const rule of rules) {
    for (const field of REFERENCE_FIELDS) {
      for (const code of rule.references[field] ?? []) {
        const entry = referenceEntryIn(field, code);
        if (!entry) {
          unknown.push({ ruleId: rule.id, field, code });
          continue;
        }
        if (entry.kind === "mitigation") mitigations.add(code);
        const risk = field === "dasf" ? dasfRisk(code) : undefined;
        if (risk && !ruleConcernsComponent(rule, risk.component)) {
          offComponent.push({ ruleId: rule.id, code, component: risk.component });
          continue;
        }
        cite(code, rule.id);
      }
    }
  }

  const checklist = new Set(DASF_CHECKLIST.map((item) => item.risk));
  const catalogs = countedEntries().map(({ catalog, counted, codes }): CatalogCoverage => {
    const viaCounterpart = new Map<string, string>();
    const hintedBy = new Map<string, string[]>();
    const isCovered = (code: string) => {
      if (citedBy.has(code)) return true;
      const other = catalog === "owasp-llm-2026" ? llmCounterpart(code) : undefined;
      if (other && citedBy.has(other)) {
        viaCounterpart.set(code, other);
        return true;
      }
      return false;
    };
    const covered = codes.filter(isCovered);
    const uncovered = codes.filter((code) => !covered.includes(code) && !checklist.has(code));
    if (catalog === "owasp-asi-2026") {
      for (const [code] of citedBy) {
        for (const asi of agenticThreat(code)?.asi ?? []) {
          if (uncovered.includes(asi)) hintedBy.set(asi, [...(hintedBy.get(asi) ?? []), code]);
        }
      }
    }
    return {
      catalog,
      counted,
      total: codes.length,
      covered,
      uncovered,
      citedBy: new Map(covered.flatMap((c) => (citedBy.has(c) ? [[c, citedBy.get(c)!]] : []))),
      goal: GOALS[catalog] ?? null,
      viaCounterpart,
      hintedBy,
    };
  });

  const parents = new Set<string>();
  const retired: Array<{ id: string; successor: string; ruleIds: string[] }> = [];
  for (const [code, ruleIds] of citedBy) {
    const technique = atlasTechnique(code) ?? atlasAdded(code);
    if (technique && !isAtlasRetired(code)) parents.add(technique.parent ?? technique.id);
    const successor = atlasSuccessor(code);
    if (successor) retired.push({ id: code, successor, ruleIds });
  }
  const allParents = catalogEntries("atlas").filter(
    (e) => e.kind === "technique" && !isAtlasRetired(e.code),
  ).length;

  return {
    ruleCount: rules.length,
    catalogs,
    atlasParents: { reached: parents.size, total: allParents },
    atlasMitigationsCited: [...mitigations].sort(),
    atlasRetired: retired,
    dasfChecklist: DASF_CHECKLIST.map((item) => item.risk),
    dasfChecklistCited: DASF_CHECKLIST.map((item) => item.risk).filter((r) => citedBy.has(r)),
    dasfOffComponent: offComponent,
    aiRulesWithoutMaestro: rules
      .filter((rule) => rule.pack === "ai" && rule.references.maestro.length === 0)
      .map((rule) => rule.id),
    unknown,
  };
}
