import { useDeferredValue, useId, useMemo, useState } from "react";
import { decisionLogCsv } from "../../io/decisionLog/csv";
import { useEditor } from "../../store/editorStore";
import { changeText, timeText, VIA_LABELS } from "./logText";
import { useUserName } from "./userName";

const PAGE = 300;

/** Every status change on the model, newest first, searchable, exportable as CSV. */
export function DecisionLogView() {
  const doc = useEditor((s) => s.doc);
  const name = useUserName((s) => s.name);
  const asked = useUserName((s) => s.asked);
  const [query, setQuery] = useState("");
  const [limit, setLimit] = useState(PAGE);
  const search = useDeferredValue(query.trim().toLowerCase());
  const uid = useId();
  const log = doc?.decisionLog;
  const triage = doc?.triage;
  const titles = useMemo(() => {
    const out = new Map<string, string>();
    for (const t of doc?.customThreats ?? []) out.set(t.id, t.title);
    for (const [id, r] of Object.entries(triage ?? {})) if (r.title) out.set(id, r.title);
    return out;
  }, [triage, doc?.customThreats]);
  const entries = useMemo(() => {
    const all = [...(log ?? [])].reverse();
    if (!search) return all;
    return all.filter((e) =>
      [titles.get(e.findingId) ?? e.findingId, e.by, e.justification, changeText(e)]
        .join("\n")
        .toLowerCase()
        .includes(search),
    );
  }, [log, search, titles]);
  if (!doc) return null;

  const download = () => {
    const blob = new Blob([decisionLogCsv(doc)], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = `${(doc.name || "model").replace(/[^\w.-]+/g, "_")}-decision-log.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  return (
    <section className="tc-records" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>Decision log</h2>
      <div className="tc-decision-row">
        <span className="tc-decision-field tc-decision-grow">
          <label htmlFor={`${uid}-search`}>Search the log</label>
          <input
            id={`${uid}-search`}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </span>
        <button type="button" onClick={download} disabled={doc.decisionLog.length === 0}>
          Download CSV
        </button>
        <span className="tc-muted">
          Decisions are recorded as {asked ? name || "(no name)" : "(asked on your first decision)"}{" "}
          ·{" "}
          <button
            type="button"
            className="tc-link-button"
            onClick={() => useUserName.getState().ask()}
          >
            Change name
          </button>
        </span>
      </div>
      {entries.length === 0 ? (
        <p className="tc-muted">
          {doc.decisionLog.length === 0 ? "No decision yet." : "Nothing matches."}
        </p>
      ) : (
        <table className="tc-log-table">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Finding</th>
              <th scope="col">Change</th>
              <th scope="col">By</th>
              <th scope="col">Justification</th>
            </tr>
          </thead>
          <tbody>
            {entries.slice(0, limit).map((e) => (
              <tr key={e.id}>
                <td>
                  <time dateTime={e.at}>{timeText(e.at)}</time>
                </td>
                <td>{titles.get(e.findingId) ?? e.findingId}</td>
                <td>
                  {changeText(e)} <span className="tc-muted">({VIA_LABELS[e.via]})</span>
                </td>
                <td>{e.by || "no name given"}</td>
                <td>{e.justification}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {entries.length > limit && (
        <button type="button" className="tc-show-more" onClick={() => setLimit((l) => l + PAGE)}>
          Show more ({entries.length - limit} not shown yet)
        </button>
      )}
    </section>
  );
}
