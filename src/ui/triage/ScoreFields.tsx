import type { ModelSettings } from "../../domain/decisions";
import { RESIDUAL_STATUSES } from "../../domain/triage/rules";
import { computedOf } from "../../engine/risk/effective";
import { dreadScore, formatDread } from "../../engine/risk/dread";
import { likelihoodImpact } from "../../engine/risk/assess";
import type { Finding } from "../../engine/types";
import { SEVERITY_LABELS } from "../findings/severity";
import {
  DREAD_FIELDS,
  DREAD_LABELS,
  DREAD_START,
  readDraft,
  type DecisionDraft,
  type DraftField,
} from "./decisionDraft";

const SCALE = ["1", "2", "3", "4", "5"];

interface Props {
  finding: Finding;
  draft: DecisionDraft;
  method: ModelSettings["scoring"];
  onChange(patch: Partial<DecisionDraft>): void;
  invalid: DraftField | null;
  /** Field ids are `${idPrefix}-${field}`, so the editor can focus the field with a problem. */
  idPrefix: string;
}

/**
 * Scoring of one finding: likelihood and impact (the rule's value unless overridden, both shown),
 * DREAD-AI when the model scores that way, and the residual risk of a closed finding.
 */
export function ScoreFields({ finding, draft, method, onChange, invalid, idPrefix }: Props) {
  const uid = idPrefix;
  const computed = computedOf(finding);
  const chosen = likelihoodImpact(
    draft.likelihood === "" ? computed.likelihood : Number(draft.likelihood),
    draft.impact === "" ? computed.impact : Number(draft.impact),
  );
  const overridden = draft.likelihood !== "" || draft.impact !== "";
  const dread = draft.dread ? dreadPreview(draft) : null;
  const residualAllowed = RESIDUAL_STATUSES.includes(draft.status);
  return (
    <fieldset className="tc-decision-group">
      <legend>Risk</legend>
      <div className="tc-decision-row">
        <ScaleSelect
          id={`${uid}-likelihood`}
          label="Likelihood"
          value={draft.likelihood}
          rule={computed.likelihood}
          onChange={(likelihood) => onChange({ likelihood })}
        />
        <ScaleSelect
          id={`${uid}-impact`}
          label="Impact"
          value={draft.impact}
          rule={computed.impact}
          onChange={(impact) => onChange({ impact })}
        />
        <p className="tc-risk-line" aria-live="polite">
          <span>
            Computed: {computed.likelihood} × {computed.impact} = {computed.score} (
            {SEVERITY_LABELS[computed.severity]})
          </span>
          {overridden && (
            <span>
              {" "}
              · Chosen: {chosen.likelihood} × {chosen.impact} = {chosen.score} (
              {SEVERITY_LABELS[chosen.severity]})
            </span>
          )}
        </p>
      </div>
      {(method === "dread" || draft.dread) && (
        <div className="tc-dread">
          <div className="tc-dread-head">
            <strong>DREAD-AI</strong>
            {method !== "dread" && (
              <span className="tc-muted"> (this model scores by likelihood × impact)</span>
            )}
            {draft.dread ? (
              <button
                type="button"
                className="tc-link-button"
                onClick={() => onChange({ dread: null })}
              >
                Clear DREAD-AI score
              </button>
            ) : (
              <button
                type="button"
                className="tc-small-button"
                onClick={() => onChange({ dread: { ...DREAD_START } })}
              >
                Score with DREAD-AI
              </button>
            )}
          </div>
          {draft.dread && (
            <>
              <div className="tc-dread-grid">
                {DREAD_FIELDS.map((field, i) => {
                  const ai = i >= 5;
                  return (
                    <label key={field} className="tc-dread-field">
                      <span>
                        {DREAD_LABELS[field]}{" "}
                        <span className="tc-muted">{ai ? "1.0–2.0" : "1–10"}</span>
                      </span>
                      <input
                        id={`${uid}-${field}`}
                        type="number"
                        inputMode="decimal"
                        min={1}
                        max={ai ? 2 : 10}
                        step={ai ? 0.1 : 1}
                        value={draft.dread![field]}
                        aria-invalid={invalid === field}
                        onChange={(e) =>
                          onChange({ dread: { ...draft.dread!, [field]: e.target.value } })
                        }
                      />
                    </label>
                  );
                })}
              </div>
              <p className="tc-risk-line" aria-live="polite">
                {dread
                  ? `DREAD-AI ${formatDread(dread.adjusted)}: ${SEVERITY_LABELS[dread.severity]} (base ${formatDread(dread.base)} × AI multiplier ${formatDread(dread.multiplier)}, at most 10)`
                  : "Every factor needs a value in its range."}
              </p>
            </>
          )}
        </div>
      )}
      {residualAllowed && (
        <div className="tc-decision-row">
          <ScaleSelect
            id={`${uid}-residualLikelihood`}
            label="Residual likelihood"
            value={draft.residualLikelihood}
            rule={null}
            invalid={invalid === "residualLikelihood"}
            onChange={(residualLikelihood) => onChange({ residualLikelihood })}
          />
          <ScaleSelect
            id={`${uid}-residualImpact`}
            label="Residual impact"
            value={draft.residualImpact}
            rule={null}
            invalid={invalid === "residualImpact"}
            onChange={(residualImpact) => onChange({ residualImpact })}
          />
          <p className="tc-risk-line">
            {draft.residualLikelihood && draft.residualImpact
              ? (() => {
                  const r = likelihoodImpact(
                    Number(draft.residualLikelihood),
                    Number(draft.residualImpact),
                  );
                  return `Residual: ${r.likelihood} × ${r.impact} = ${r.score} (${SEVERITY_LABELS[r.severity]})`;
                })()
              : "What remains once mitigated, accepted or transferred."}
          </p>
        </div>
      )}
    </fieldset>
  );
}

function dreadPreview(draft: DecisionDraft) {
  const read = readDraft({ ...draft, ticket: "", reviewBy: "", justification: "x" }, false);
  return read.ok && read.decision.dread ? dreadScore(read.decision.dread) : null;
}

function ScaleSelect({
  id,
  label,
  value,
  rule,
  invalid = false,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  /** The rule's value, offered as the default; null for a field without one. */
  rule: number | null;
  invalid?: boolean;
  onChange(value: string): void;
}) {
  return (
    <span className="tc-decision-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={invalid}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{rule === null ? "Not assessed" : `Rule's (${rule})`}</option>
        {SCALE.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </span>
  );
}
