import { useEffect, useRef, useState } from "react";
import type { ImportedDiagram } from "../../io/interop/types";
import { session } from "../../store/session";
import { KIND_HEADINGS, groupReport, statusSummary, type ImportReading } from "./readImport";
import "./import.css";

/**
 * What an import brings, before anything is stored: the diagrams to choose from, how many
 * elements, flows, boundaries and threats arrived of those in the file, the statuses the threats
 * arrive with, and every item that was dropped or approximated. A file that cannot be read says
 * why, and nothing is touched.
 */
export function ImportDialog({
  reading,
  onClose,
}: {
  reading: ImportReading | "reading";
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const [choice, setChoice] = useState<number | "all">(0);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  useEffect(() => setChoice(0), [reading]);

  const diagrams = reading !== "reading" && reading.ok ? reading.diagrams : [];
  const chosen = choice === "all" ? diagrams : diagrams.slice(choice, choice + 1);

  async function open(): Promise<void> {
    setBusy(true);
    const result = await session.importModels(chosen.map((d) => d.model));
    setBusy(false);
    if (result.ok) ref.current?.close();
  }

  return (
    <dialog
      ref={ref}
      className="tc-dialog tc-import"
      aria-labelledby="import-title"
      onClose={onClose}
      onCancel={onClose}
    >
      <div className="tc-dialog-body">
        {reading === "reading" ? (
          <h2 id="import-title">Reading the file…</h2>
        ) : !reading.ok ? (
          <>
            <h2 id="import-title">Could not import {reading.fileName}</h2>
            <div role="alert" className="tc-import-error">
              <p>
                {reading.formatLabel ? `It looks like a ${reading.formatLabel} file, but ` : ""}
                {reading.formatLabel ? "it cannot be read:" : "Nothing was imported:"}
              </p>
              <ul>
                {reading.errors.map((error, i) => (
                  <li key={i}>{error}</li>
                ))}
              </ul>
              <p>Nothing was imported; the open model is unchanged.</p>
            </div>
            <div className="tc-import-actions">
              <button type="button" className="tc-button" onClick={() => ref.current?.close()}>
                Close
              </button>
            </div>
          </>
        ) : (
          <>
            <h2 id="import-title">Import from {reading.formatLabel}</h2>
            <p className="tc-import-file">{reading.fileName}</p>
            {diagrams.length > 1 && (
              <fieldset className="tc-import-choice">
                <legend>This file has {diagrams.length} diagrams. Import:</legend>
                {diagrams.map((d, i) => (
                  <label key={i}>
                    <input
                      type="radio"
                      name="import-diagram"
                      checked={choice === i}
                      onChange={() => setChoice(i)}
                    />
                    {d.name}{" "}
                    <span className="tc-import-muted">
                      ({d.arrived.elements} elements, {d.arrived.threats} threats)
                    </span>
                  </label>
                ))}
                <label>
                  <input
                    type="radio"
                    name="import-diagram"
                    checked={choice === "all"}
                    onChange={() => setChoice("all")}
                  />
                  Each diagram as its own model
                </label>
              </fieldset>
            )}
            {chosen.map((d, i) => (
              <DiagramReport key={i} diagram={d} titled={chosen.length > 1} />
            ))}
            <div className="tc-import-actions">
              <button type="button" className="tc-button" onClick={() => ref.current?.close()}>
                Cancel
              </button>
              <button
                type="button"
                className="tc-button tc-button-primary"
                disabled={busy || chosen.length === 0}
                onClick={() => void open()}
              >
                {chosen.length > 1 ? `Open ${chosen.length} models` : "Open imported model"}
              </button>
            </div>
          </>
        )}
      </div>
    </dialog>
  );
}

function DiagramReport({ diagram, titled }: { diagram: ImportedDiagram; titled: boolean }) {
  const rows = [
    ["Elements", "elements"],
    ["Flows", "flows"],
    ["Trust boundaries", "boundaries"],
    ["Threats", "threats"],
  ] as const;
  const statuses = statusSummary(diagram.model);
  const groups = groupReport(diagram.report);
  return (
    <section className="tc-import-diagram" aria-label={`Import report for ${diagram.name}`}>
      {titled && <h3>{diagram.name}</h3>}
      <table className="tc-import-counts">
        <caption>What arrived</caption>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">In the file</th>
            <th scope="col">Imported</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, key]) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              <td>{diagram.source[key]}</td>
              <td data-short={diagram.arrived[key] < diagram.source[key] ? "true" : undefined}>
                {diagram.arrived[key]}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {statuses && <p>Threat statuses: {statuses}</p>}
      <h3 className="tc-import-report-title">Import report</h3>
      {groups.length === 0 ? (
        <p>Everything arrived as it was in the file.</p>
      ) : (
        groups.map((group) => (
          <div key={group.kind} className="tc-import-group" data-kind={group.kind}>
            <h4>
              {KIND_HEADINGS[group.kind]} ({group.entries.length})
            </h4>
            <ul aria-label={KIND_HEADINGS[group.kind]}>
              {group.entries.map((entry, i) => (
                <li key={i}>
                  <strong>{entry.item}</strong>: {entry.text}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
