/** Catalog codes several topics share. */
export const LLM01 = ["LLM01:2025", "LLM01:2026", "cosai:riskPromptInjection", "DASF-9.1@2.0"];
export const POISONING_REFS = [
  "AML.T0020",
  "AML.T0019",
  "AML.T0115.000",
  "ML02:2023",
  "LLM04:2025",
  "LLM05:2026",
  "cosai:riskDataPoisoning",
  "DASF-3.1@2.0",
  "NISTAML.013",
  "owaspai:datapoison",
];
export const SUPPLY_CHAIN_BROAD = [
  "ML06:2023",
  "LLM03:2025",
  "LLM04:2026",
  "DASF-7.3@2.0",
  "AML.T0010",
  "ASI04:2026",
  "AGT-T17@1.1",
  "NISTAML.05",
];
export const AGENCY_REFS = [
  "LLM06:2025",
  "LLM03:2026",
  "DASF-9.13@2.0",
  "cosai:riskRogueActions",
  "AGT-T2@1.1",
  "ASI02:2026",
  "AML.T0053",
];
export const DISCLOSURE_BROAD = [
  "LLM02:2025",
  "LLM02:2026",
  "cosai:riskSensitiveDataDisclosure",
  "DASF-10.6@2.0",
];
