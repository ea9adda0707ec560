import { memo, useId, type KeyboardEvent, type MouseEvent } from "react";
import type { Finding } from "../../engine/types";
import { categoriesOf } from "./categories";
import { becauseText } from "./becauseText";
import { isSafeUrl, referenceLinks } from "./references";
import { SEVERITY_LABELS } from "./severity";
import { nameOf, targetLabel, type TargetIndex } from "./targets";
import { DecisionLine, DecisionSlot } from "../triage/DecisionSlot";
import { CreateMitigationButton } from "../triage/mitigationActions";
import { useStatus } from "../triage/hooks";
import { PickBox, StatusMenu } from "../triage/StatusMenu";

export interface FindingItemProps {
  finding: Finding;
  index: TargetIndex;
  expanded: boolean;
  onToggle(id: string): void;
  onActivate(finding: Finding): void;
}

/** Clicks on these inside a row do their own thing, not "open the finding". */
const OWN_ACTION = "button, a, input, select, label, textarea";

/**
 * One finding. Compact by default (title, element, severity, categories); the details (why,
 * what was folded into it, references, mitigations) open on demand. Everything the user typed is
 * rendered as React text.
 */
export const FindingItem = memo(function FindingItem({
  finding,
  index,
  expanded,
  onToggle,
  onActivate,
}: FindingItemProps) {
  const uid = useId();
  const titleId = `${uid}-title`;
  const kindId = `${uid}-kind`;
  const targetId = `${uid}-target`;
  const detailsId = `${uid}-details`;
  const status = useStatus(finding);
  const isCustom = finding.pack === "custom";
  const severity = SEVERITY_LABELS[finding.severity];
  const categories = categoriesOf(finding);
  const references = referenceLinks(finding.references);

  const onClick = (event: MouseEvent<HTMLLIElement>) => {
    if ((event.target as HTMLElement).closest(OWN_ACTION)) return;
    onActivate(finding);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onActivate(finding);
    }
  };

  return (
    <li
      className="tc-finding"
      data-severity={finding.severity}
      data-finding-row=""
      data-finding-id={finding.id}
      data-status={status}
      tabIndex={0}
      aria-labelledby={`${titleId} ${kindId} ${targetId}`}
      onClick={onClick}
      onKeyDown={onKeyDown}
    >
      <div className="tc-finding-head">
        <PickBox finding={finding} />
        <span className={`tc-chip tc-sev-chip tc-sev-${finding.severity}`} id={kindId}>
          {severity}
        </span>
        <span className="tc-finding-title" id={titleId}>
          {finding.title}
        </span>
        <StatusMenu finding={finding} />
        <button
          type="button"
          className="tc-finding-toggle"
          aria-expanded={expanded}
          aria-controls={expanded ? detailsId : undefined}
          onClick={() => onToggle(finding.id)}
        >
          Details
          <span className="tc-caret" aria-hidden="true">
            {expanded ? "▴" : "▾"}
          </span>
        </button>
      </div>
      <div className="tc-finding-meta">
        <span className="tc-finding-target" id={targetId}>
          {targetLabel(finding.targetIds, index)}
        </span>
        {categories.map((c) => (
          <span key={c.key} className={`tc-chip tc-cat-chip tc-cat-${c.framework}`} title={c.label}>
            {c.framework === "ai" ? (
              c.label
            ) : (
              <>
                {c.label.slice(0, c.label.indexOf(" · "))}
                {/* Shown beside the code where there is room; read out everywhere. */}
                <span className="tc-cat-name">{c.label.slice(c.label.indexOf(" · "))}</span>
              </>
            )}
          </span>
        ))}
        {references.length > 0 && (
          <span className="tc-finding-refids">
            {references.map((r) => (
              <span key={r.id}>{r.id}</span>
            ))}
          </span>
        )}
        {isCustom && <span className="tc-chip tc-custom-chip">Written by the team</span>}
        <DecisionLine finding={finding} />
      </div>
      <DecisionSlot finding={finding} />
      {expanded && (
        <div className="tc-finding-details" id={detailsId}>
          <p className="tc-finding-desc">{finding.description}</p>
          {categories.length > 0 && (
            <p className="tc-finding-cats">{categories.map((c) => c.label).join("; ")}</p>
          )}
          <h4>Why</h4>
          {finding.because.length > 0 ? (
            <ul className="tc-finding-why">
              {finding.because.map((b, i) => (
                <li key={`${b.subjectId}:${b.fact}:${i}`}>
                  {becauseText(b, nameOf(index, b.subjectId))}
                </li>
              ))}
            </ul>
          ) : (
            // A finding about the whole model (a checklist answer, a custom threat) has no kind.
            finding.scope !== "model" && (
              <p className="tc-finding-why-none">It applies to every element of this kind.</p>
            )
          )}
          {finding.folded.length > 0 && (
            <>
              <h4>Also reported as</h4>
              <p className="tc-finding-folded-note">
                Other rules name the same root cause on this item; they are folded into this finding
                so it is read once.
              </p>
              <ul className="tc-finding-folded">
                {finding.folded.map((f) => (
                  <li key={f.findingId}>
                    {f.title} <span className="tc-finding-folded-rule">({f.ruleId})</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {references.length > 0 && (
            <>
              <h4>References</h4>
              <ul className="tc-finding-refs">
                {references.map((r) => (
                  <li key={r.id}>
                    <span className="tc-ref-source">{r.source}</span>{" "}
                    {isSafeUrl(r.url) ? (
                      <a href={r.url} target="_blank" rel="noopener noreferrer">
                        {r.text}
                      </a>
                    ) : (
                      <span>{r.text}</span>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          {finding.mitigations.length > 0 && (
            <>
              <h4>Mitigations</h4>
              <ul className="tc-finding-mitigations">
                {finding.mitigations.map((m, i) => (
                  <li key={i}>
                    {m} <CreateMitigationButton finding={finding} text={m} />
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="tc-finding-rule">
            {isCustom ? "Custom threat" : `Rule ${finding.ruleId}`} · likelihood{" "}
            {finding.likelihood} × impact {finding.impact} = {finding.score}
          </p>
        </div>
      )}
    </li>
  );
});
