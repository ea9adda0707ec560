import { z } from "zod";

/**
 * What a rule may cite, one array per catalog family. Every code carries its edition where
 * the catalog has editions, because bare numbers change meaning between editions. The
 * patterns only check the shape; `src/engine/catalog/catalog.test.ts` checks that every code a
 * built-in rule cites exists in the shipped catalog.
 *
 *   atlas       AML.T0051, AML.T0051.000, AML.M0015            MITRE ATLAS (data 5.6.0)
 *   owasp       ML01:2023, LLM01:2025, LLM01:2026, ASI01:2026  OWASP Top 10 lists
 *   dasf        DASF-9.1@2.0 (risks 1.1-12.7),
 *               DASF-13.1@3.0 (agentic risks 13.1-13.35)       Databricks AI Security Framework
 *   cosai       cosai:riskPromptInjection, cosai:controlRedTeaming   CoSAI Risk Map
 *   agentic     AGT-T1@1.1 .. AGT-T17@1.1                      OWASP Agentic AI Threats and Mitigations
 *   nist        NISTAML.01 .. NISTAML.05, NISTAML.015           NIST AI 100-2 E2025
 *   aiExchange  owaspai:directpromptinjection                  OWASP AI Exchange (permalink ids)
 *   maestro     L1 .. L7                                       CSA MAESTRO layers
 */
export const ATLAS_ID_PATTERN = /^AML\.(T\d{4}(\.\d{3})?|M\d{4})$/;
export const OWASP_ID_PATTERN =
  /^(ML(0[1-9]|10):2023|LLM(0[1-9]|10):(2025|2026)|ASI(0[1-9]|10):2026)$/;
export const DASF_ID_PATTERN = /^DASF-(([1-9]|1[0-2])\.[1-9]\d?@2\.0|13\.[1-9]\d?@3\.0)$/;
export const COSAI_ID_PATTERN = /^cosai:(risk|control)[A-Z][A-Za-z0-9]*$/;
export const AGENTIC_ID_PATTERN = /^AGT-T([1-9]|1[0-7])@1\.1$/;
export const NIST_ID_PATTERN = /^NISTAML\.0[1-5]\d?$/;
export const AI_EXCHANGE_ID_PATTERN = /^owaspai:[a-z]+$/;

export const MAESTRO_LAYERS = ["L1", "L2", "L3", "L4", "L5", "L6", "L7"] as const;
export const MaestroLayerSchema = z.enum(MAESTRO_LAYERS);
export type MaestroLayer = z.infer<typeof MaestroLayerSchema>;

const codes = (pattern: RegExp, example: string) =>
  z.array(z.string().regex(pattern, `must look like ${example}`)).default([]);

export const RuleReferencesSchema = z
  .strictObject({
    atlas: codes(ATLAS_ID_PATTERN, "AML.T0051 or AML.M0015"),
    owasp: codes(OWASP_ID_PATTERN, "LLM01:2025, LLM01:2026, ASI06:2026 or ML02:2023"),
    dasf: codes(DASF_ID_PATTERN, "DASF-9.1@2.0 or DASF-13.1@3.0"),
    cosai: codes(COSAI_ID_PATTERN, "cosai:riskPromptInjection"),
    agentic: codes(AGENTIC_ID_PATTERN, "AGT-T1@1.1"),
    nist: codes(NIST_ID_PATTERN, "NISTAML.015"),
    aiExchange: codes(AI_EXCHANGE_ID_PATTERN, "owaspai:directpromptinjection"),
    /** The MAESTRO layer(s) the threat lives in; AI rules name at least one. */
    maestro: z.array(MaestroLayerSchema).default([]),
  })
  .prefault({});
export type RuleReferences = z.infer<typeof RuleReferencesSchema>;

/** The reference arrays in the order reports and panels list them. */
export const REFERENCE_FIELDS = [
  "atlas",
  "owasp",
  "agentic",
  "dasf",
  "cosai",
  "aiExchange",
  "nist",
  "maestro",
] as const satisfies ReadonlyArray<keyof RuleReferences>;
export type ReferenceField = (typeof REFERENCE_FIELDS)[number];
