import { useEffect, useId, useMemo, useState } from "react";
import {
  MITIGATION_STATUSES,
  type MitigationRecord,
  type MitigationStatus,
} from "../../domain/decisions";
import { isHttpUrl } from "../../domain/decisions";
import { MITIGATION_STATUS_LABELS } from "../../domain/triage/labels";
import { triageCommands as commands } from "../../store/triageCommands";
import { editorStore, useEditor } from "../../store/editorStore";
import { useThreats } from "../findings/useFindings";
import { setMitigationStatus } from "./mitigationActions";
import { ReferencePicker } from "./ReferencePicker";
import type { ReferenceOption } from "./referenceSearch";
import { useTriageView } from "./triageView";

const ATLAS_ONLY = ["atlas"] as const;
const ATLAS_MITIGATIONS = (o: ReferenceOption) =>
  o.catalogId === "atlas" && o.kind === "mitigation";

/**
 * The model's mitigation records: status, owner, ticket, ATLAS mitigations (picked from the
 * catalog) and the findings each covers; new ones written by hand.
 */
export function MitigationsView() {
  const mitigations = useEditor((s) => s.doc?.mitigations ?? []);
  const threats = useThreats();
  const titles = useMemo(() => new Map(threats.findings.map((f) => [f.id, f.title])), [threats]);
  const [title, setTitle] = useState("");
  const uid = useId();
  const add = () => {
    if (!title.trim()) return;
    if (editorStore.getState().execute(commands.createMitigation({ title }))) setTitle("");
  };
  return (
    <section className="tc-records" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>Mitigations</h2>
      <div className="tc-decision-row">
        <span className="tc-decision-field tc-decision-grow">
          <label htmlFor={`${uid}-new`}>New mitigation</label>
          <input
            id={`${uid}-new`}
            type="text"
            maxLength={200}
            value={title}
            placeholder="e.g. Sign model artifacts and verify before loading"
            onChange={(e) => setTitle(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                add();
              }
            }}
          />
        </span>
        <button type="button" disabled={!title.trim()} onClick={add}>
          Add mitigation
        </button>
      </div>
      {mitigations.length === 0 ? (
        <p className="tc-muted">
          No mitigation recorded yet. Create one from a finding&apos;s suggested mitigations, or
          write one here.
        </p>
      ) : (
        <ul className="tc-record-list">
          {mitigations.map((m) => (
            <MitigationRow key={m.id} mitigation={m} titles={titles} />
          ))}
        </ul>
      )}
    </section>
  );
}

function MitigationRow({
  mitigation,
  titles,
}: {
  mitigation: MitigationRecord;
  titles: ReadonlyMap<string, string>;
}) {
  const uid = useId();
  const [owner, setOwner] = useState(mitigation.owner);
  const [ticket, setTicket] = useState(mitigation.ticket);
  // Changed elsewhere (undo, presentation mode's strip): show it, so a blur here never writes
  // the old value back.
  useEffect(() => setOwner(mitigation.owner), [mitigation.owner]);
  useEffect(() => setTicket(mitigation.ticket), [mitigation.ticket]);
  const update = (fields: Partial<MitigationRecord>) =>
    editorStore.getState().execute(commands.updateMitigation(mitigation.id, fields));
  const doc = editorStore.getState().doc;
  return (
    <li className="tc-record" aria-label={mitigation.title}>
      <div className="tc-record-head">
        <strong>{mitigation.title}</strong>
        <label className="tc-inline-field">
          <span className="tc-visually-hidden">Status of {mitigation.title}</span>
          <select
            value={mitigation.status}
            onChange={(e) => setMitigationStatus(mitigation.id, e.target.value as MitigationStatus)}
          >
            {MITIGATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {MITIGATION_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        {mitigation.status === "implemented" && (
          <button
            type="button"
            className="tc-link-button"
            onClick={() => useTriageView.getState().makeOffer(mitigation.id)}
          >
            Mark its open findings mitigated…
          </button>
        )}
        <button
          type="button"
          className="tc-link-button tc-danger"
          onClick={() => editorStore.getState().execute(commands.deleteMitigation(mitigation.id))}
        >
          Delete
        </button>
      </div>
      {mitigation.description && <p className="tc-record-desc">{mitigation.description}</p>}
      <div className="tc-decision-row">
        <span className="tc-decision-field">
          <label htmlFor={`${uid}-owner`}>Owner</label>
          <input
            id={`${uid}-owner`}
            type="text"
            value={owner}
            maxLength={200}
            onChange={(e) => setOwner(e.target.value)}
            onBlur={() => owner !== mitigation.owner && update({ owner })}
          />
        </span>
        <span className="tc-decision-field tc-decision-grow">
          <label htmlFor={`${uid}-ticket`}>Ticket or link</label>
          <input
            id={`${uid}-ticket`}
            type="url"
            value={ticket}
            placeholder="https://…"
            onChange={(e) => setTicket(e.target.value)}
            onBlur={() => {
              if (ticket.trim() === mitigation.ticket) return;
              if (!update({ ticket: ticket.trim() })) setTicket(mitigation.ticket);
            }}
          />
          {isHttpUrl(mitigation.ticket) && (
            <a
              href={mitigation.ticket}
              target="_blank"
              rel="noopener noreferrer"
              className="tc-ticket-link"
            >
              Open ticket
            </a>
          )}
        </span>
      </div>
      <ReferencePicker
        label="ATLAS mitigations"
        value={mitigation.atlasMitigations}
        filter={ATLAS_MITIGATIONS}
        catalogs={ATLAS_ONLY}
        placeholder="Search ATLAS mitigations: AML.M0015, sanitize…"
        onChange={(atlasMitigations) => update({ atlasMitigations })}
      />
      <p className="tc-record-links">
        Covers:{" "}
        {mitigation.findingIds.length === 0
          ? "no finding yet (link it from a finding's decision)"
          : mitigation.findingIds
              .map((id) => titles.get(id) ?? doc?.triage[id]?.title ?? id)
              .join(" · ")}
      </p>
      <RestsOn mitigationId={mitigation.id} />
    </li>
  );
}

/** The assumptions a mitigation rests on (linked in the Assumptions view). */
function RestsOn({ mitigationId }: { mitigationId: string }) {
  const assumptions = useEditor((s) => s.doc?.assumptions);
  const resting = (assumptions ?? []).filter((a) => a.mitigationIds.includes(mitigationId));
  if (resting.length === 0) return null;
  return (
    <p className="tc-record-links">
      Rests on:{" "}
      {resting.map((a, i) => (
        <span key={a.id} data-valid={a.valid}>
          {i > 0 && " · "}
          <bdi>{a.text}</bdi>
          {!a.valid && <span className="tc-chip tc-invalid">No longer holds</span>}
        </span>
      ))}
    </p>
  );
}
