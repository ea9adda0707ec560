import { useId } from "react";
import type { TriageRecord } from "../../domain/decisions";
import { decisionFor } from "../../domain/triage/target";
import { assessRisk, type LikelihoodImpactRisk } from "../../engine/risk/assess";
import { computedOf } from "../../engine/risk/effective";
import type { Finding } from "../../engine/types";
import { editorStore, useEditor } from "../../store/editorStore";
import { workshopCommands } from "../../store/workshopCommands";
import { SEVERITY_LABELS } from "../findings/severity";
import { buildTargetIndex, targetLabel } from "../findings/targets";
import { DreadFields } from "./DreadFields";
import { QueueHeader } from "./QueueNav";
import type { QueueView } from "./usePhaseQueue";
import { useWorkshopUi } from "./workshopUi";

const SCALE = [1, 2, 3, 4, 5] as const;

/** Whether the team gave a finding a score of its own (overrides or DREAD-AI). */
export function scoredByTeam(record: TriageRecord | undefined): boolean {
  return Boolean(record && (record.likelihood !== null || record.impact !== null || record.dread));
}

function riskText(risk: LikelihoodImpactRisk): string {
  return `${risk.likelihood} × ${risk.impact} = ${risk.score} (${SEVERITY_LABELS[risk.severity]})`;
}

/**
 * The scoring phase's strip: the findings that apply, most severe first, one at a time; the room
 * sets likelihood and impact with one press each (the engine's value stays visible), or the
 * DREAD-AI factors when the model scores that way. The heat map beside the diagram follows.
 */
export function ScoreStrip({ view }: { view: QueueView }) {
  const { doc, finding, findings } = view;
  const scored = findings.filter((f) => scoredByTeam(decisionFor(doc.triage, f))).length;
  if (!finding) {
    return (
      <div className="tc-ws-strip-body">
        <p className="tc-ws-big">Nothing to score: no finding applies to this model.</p>
      </div>
    );
  }
  return (
    <div className="tc-ws-strip-body">
      <QueueHeader
        view={view}
        verb="Score"
        noun="finding"
        done={scored}
        doneText="scored by the team"
        label="Scoring"
        progressLabel="Scoring progress"
      />
      <ScoreCard key={finding.id} finding={finding} />
    </div>
  );
}

function ScoreCard({ finding }: { finding: Finding }) {
  const uid = useId();
  const doc = useEditor((s) => s.doc);
  const record = doc ? decisionFor(doc.triage, finding) : undefined;
  const by = useWorkshopUi((s) => s.decidedBy);
  if (!doc) return null;
  const method = doc.settings.scoring;
  const risk = assessRisk(finding, record, method);
  const computed = computedOf(finding);
  const where = targetLabel(finding.targetIds, buildTargetIndex(doc));

  const score = (field: "likelihood" | "impact", value: number) => {
    // The engine's own value is no override: choosing it keeps the finding on the engine's figure.
    const next = value === computed[field] ? null : value;
    editorStore.getState().execute(workshopCommands.scoreInSession(finding, { [field]: next }, by));
  };
  const useEngine = () =>
    editorStore
      .getState()
      .execute(workshopCommands.scoreInSession(finding, { likelihood: null, impact: null }, by));

  return (
    <article className="tc-ws-card" aria-labelledby={`${uid}-title`}>
      <p className="tc-ws-card-kind">
        <span className={`tc-chip tc-sev-chip tc-sev-${risk.severity}`}>
          {SEVERITY_LABELS[risk.severity]}
        </span>
        <span className="tc-ws-where">at {where}</span>
      </p>
      <h3 className="tc-ws-card-title" id={`${uid}-title`}>
        {finding.title}
      </h3>
      <p className="tc-ws-card-text is-short">{finding.description}</p>
      <div className="tc-ws-scores">
        {(["likelihood", "impact"] as const).map((field) => (
          <div
            key={field}
            className="tc-ws-scale"
            role="group"
            aria-label={field === "likelihood" ? "Likelihood" : "Impact"}
          >
            <span className="tc-ws-scale-label" aria-hidden="true">
              {field === "likelihood" ? "Likelihood" : "Impact"}
            </span>
            {SCALE.map((value) => (
              <button
                key={value}
                type="button"
                className={`tc-ws-scale-value${value === computed[field] ? " is-engine" : ""}`}
                aria-pressed={risk.chosen[field] === value}
                title={value === computed[field] ? "The engine's value" : undefined}
                onClick={() => score(field, value)}
              >
                {value}
              </button>
            ))}
          </div>
        ))}
      </div>
      <p className="tc-ws-risk" aria-live="polite">
        <span>Engine: {riskText(risk.computed)}</span>
        {risk.chosen.overridden && (
          <>
            <span> · The room: {riskText(risk.chosen)}</span>{" "}
            <button type="button" onClick={useEngine}>
              Use the engine’s values
            </button>
          </>
        )}
      </p>
      {method === "dread" && <DreadFields finding={finding} record={record} by={by} />}
    </article>
  );
}
