import { useId, useState } from "react";
import {
  MITIGATION_STATUSES,
  type MitigationRecord,
  type MitigationStatus,
} from "../../domain/decisions";
import { MITIGATION_STATUS_LABELS, STATUS_LABELS } from "../../domain/triage/labels";
import { decisionFor, idsOf } from "../../domain/triage/target";
import { titleFrom } from "../../domain/triage/titles";
import type { Finding } from "../../engine/types";
import { editorStore, useEditor } from "../../store/editorStore";
import type { Command } from "../../store/command";
import { triageCommands } from "../../store/triageCommands";
import { SEVERITY_LABELS } from "../findings/severity";
import { buildTargetIndex, targetLabel } from "../findings/targets";
import { atlasMitigationsOf } from "../triage/atlasMitigations";
import { QueueHeader } from "./QueueNav";
import { useDraft } from "./useDraft";
import { DraftInput } from "./DraftInput";
import type { QueueView } from "./usePhaseQueue";

const run = (command: Command) => editorStore.getState().execute(command);

/** Suggestions shown at first: with more, the strip would scroll at 1280x720. */
const SUGGESTIONS_SHOWN = 2;

/**
 * The mitigation phase's strip: the findings still at risk, most severe first, one at a time,
 * with what is in the plan for each (status, owner) and the engine's suggestions, each one press
 * from the plan; or a mitigation the room words itself. The plan is listed beside the diagram.
 */
export function PlanStrip({ view }: { view: QueueView }) {
  const { doc, finding, findings } = view;
  const covered = findings.filter((f) =>
    doc.mitigations.some((m) => idsOf(f).some((id) => m.findingIds.includes(id))),
  ).length;
  if (!finding) {
    return (
      <div className="tc-ws-strip-body">
        <p className="tc-ws-big">Nothing is at risk: every finding has been decided.</p>
      </div>
    );
  }
  return (
    <div className="tc-ws-strip-body">
      <QueueHeader
        view={view}
        verb="Mitigate"
        noun="risk"
        done={covered}
        doneText="at risk have a mitigation"
        label="Mitigations"
        progressLabel="Mitigation progress"
      />
      <PlanCard key={finding.id} finding={finding} />
    </div>
  );
}

function PlanCard({ finding }: { finding: Finding }) {
  const uid = useId();
  const doc = useEditor((s) => s.doc);
  const [own, setOwn] = useState("");
  const [allSuggestions, setAllSuggestions] = useState(false);
  if (!doc) return null;
  const ids = idsOf(finding);
  const linked = doc.mitigations.filter((m) => m.findingIds.some((id) => ids.includes(id)));
  const titles = new Set(linked.map((m) => m.title.toLowerCase()));
  const suggestions = finding.mitigations.filter(
    (text) => !titles.has(titleFrom(text).toLowerCase()),
  );
  const status = decisionFor(doc.triage, finding)?.status ?? "open";
  const addOwn = () => {
    const title = own.trim();
    if (title && run(triageCommands.createMitigation({ title, findingIds: [finding.id] }))) {
      setOwn("");
    }
  };
  return (
    <article className="tc-ws-card" aria-labelledby={`${uid}-title`}>
      <p className="tc-ws-card-kind">
        <span className={`tc-chip tc-sev-chip tc-sev-${finding.severity}`}>
          {SEVERITY_LABELS[finding.severity]}
        </span>
        <span className="tc-ws-where">
          at {targetLabel(finding.targetIds, buildTargetIndex(doc))} · {STATUS_LABELS[status]}
        </span>
      </p>
      <h3 className="tc-ws-card-title" id={`${uid}-title`}>
        {finding.title}
      </h3>
      <section aria-labelledby={`${uid}-plan`} className="tc-ws-plan">
        <h4 id={`${uid}-plan`}>In the plan ({linked.length})</h4>
        {linked.length === 0 ? (
          <p className="tc-muted">Nothing yet: add a suggestion or write one.</p>
        ) : (
          <ul className="tc-ws-plan-list">
            {linked.map((m) => (
              <PlannedMitigation key={m.id} mitigation={m} />
            ))}
          </ul>
        )}
      </section>
      {suggestions.length > 0 && (
        <section aria-labelledby={`${uid}-ideas`} className="tc-ws-plan">
          <div className="tc-ws-plan-head">
            <h4 id={`${uid}-ideas`}>Suggested</h4>
            {suggestions.length > SUGGESTIONS_SHOWN && (
              <button
                type="button"
                className="tc-link-button"
                aria-expanded={allSuggestions}
                aria-controls={`${uid}-ideas-list`}
                onClick={() => setAllSuggestions((shown) => !shown)}
              >
                {allSuggestions
                  ? "Fewer suggestions"
                  : `${suggestions.length - SUGGESTIONS_SHOWN} more suggested`}
              </button>
            )}
          </div>
          <ul className="tc-ws-plan-list" id={`${uid}-ideas-list`}>
            {(allSuggestions ? suggestions : suggestions.slice(0, SUGGESTIONS_SHOWN)).map(
              (text) => (
                <li key={text}>
                  <span className="tc-ws-plan-title">{text}</span>
                  <button
                    type="button"
                    aria-label={`Add to the plan: ${titleFrom(text)}`}
                    onClick={() =>
                      run(
                        triageCommands.createMitigationFromSuggestion(
                          finding,
                          text,
                          atlasMitigationsOf(finding),
                        ),
                      )
                    }
                  >
                    Add to the plan
                  </button>
                </li>
              ),
            )}
          </ul>
        </section>
      )}
      <div className="tc-ws-fields">
        <label htmlFor={`${uid}-own`}>Or the room’s own</label>
        <input
          id={`${uid}-own`}
          value={own}
          maxLength={200}
          onChange={(e) => setOwn(e.target.value)}
          onKeyDown={(e) => e.key === "Enter" && addOwn()}
        />
        <button type="button" onClick={addOwn} disabled={own.trim() === ""}>
          Add
        </button>
      </div>
    </article>
  );
}

/** A mitigation of the plan on the strip: its status and owner, edited in place. */
function PlannedMitigation({ mitigation }: { mitigation: MitigationRecord }) {
  const uid = useId();
  const owner = useDraft(mitigation.owner, (value) => {
    const now = editorStore.getState().doc?.mitigations.find((m) => m.id === mitigation.id);
    if (now && value.trim() !== now.owner) {
      run(triageCommands.updateMitigation(mitigation.id, { owner: value.trim() }));
    }
  });
  return (
    <li>
      <span className="tc-ws-plan-title">{mitigation.title}</span>
      <label htmlFor={`${uid}-status`} className="tc-visually-hidden">
        Status of {mitigation.title}
      </label>
      <select
        id={`${uid}-status`}
        value={mitigation.status}
        onChange={(e) =>
          run(triageCommands.setMitigationStatus(mitigation.id, e.target.value as MitigationStatus))
        }
      >
        {MITIGATION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {MITIGATION_STATUS_LABELS[s]}
          </option>
        ))}
      </select>
      <label htmlFor={`${uid}-owner`}>Owner</label>
      <DraftInput id={`${uid}-owner`} draft={owner} maxLength={200} />
    </li>
  );
}
