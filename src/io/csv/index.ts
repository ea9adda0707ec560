/** CSV exports: the risk register. */
export { csvCell, csvDocument, csvRow } from "./csv";
export { RISK_REGISTER_COLUMNS, SEVERITY_LABELS, formatRiskRegisterCsv } from "./riskRegister";
