import { useEffect, useRef, useState } from "react";
import type { ImportedDiagram } from "../../io/interop/types";
import { editorStore } from "../../store/editorStore";
import type { ConflictChoice } from "../../store/importPlan";
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
  /** Names of the stored models the chosen ones would collide with, once asked. */
  const [taken, setTaken] = useState<string[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const isBackup = reading !== "reading" && reading.formatLabel === "ThreatCanvas backup";
  useEffect(() => {
    // A backup is restored whole; another tool's file with several diagrams starts on the first.
    setChoice(isBackup ? "all" : 0);
    setTaken(null);
  }, [reading, isBackup]);

  const diagrams = reading !== "reading" && reading.ok ? reading.diagrams : [];
  const chosen = choice === "all" ? diagrams : diagrams.slice(choice, choice + 1);

  /** Store the chosen models. An id already stored is never overwritten without asking. */
  async function open(conflicts?: ConflictChoice): Promise<void> {
    const stored = new Map(session.store.getState().models.map((m) => [m.id, m.name]));
    const collisions = chosen.filter((d) => stored.has(d.model.id));
    if (collisions.length > 0 && conflicts === undefined) {
      setTaken(collisions.map((d) => stored.get(d.model.id) || d.model.id));
      return;
    }
    setBusy(true);
    const result = await session.importModels(
      chosen.map((d) => d.model),
      conflicts ?? "copy",
    );
    setBusy(false);
    if (!result.ok) {
      setFailure(result.message);
      return;
    }
    editorStore
      .getState()
      .notify(
        "info",
        result.stored.length === 1
          ? `Imported "${result.stored[0]!.name}".`
          : `Imported ${result.stored.length} models; the first is open, the others are in Models.`,
      );
    ref.current?.close();
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
              <DiagramReport
                key={i}
                diagram={d}
                titled={chosen.length > 1}
                native={reading.formatLabel.startsWith("ThreatCanvas")}
              />
            ))}
            {failure && (
              <p role="alert" className="tc-import-error">
                {failure} The open model is unchanged.
              </p>
            )}
            {taken ? (
              <div className="tc-import-conflict" role="group" aria-label="Model already here">
                <p>
                  {taken.length === 1
                    ? `A model with the same id is already here: "${taken[0]}".`
                    : `${taken.length} of these models are already here: ${taken.map((n) => `"${n}"`).join(", ")}.`}{" "}
                  Keep both by importing {taken.length === 1 ? "it" : "them"} as a copy, or replace
                  what is stored with the file.
                </p>
                <div className="tc-import-actions">
                  <button type="button" className="tc-button" onClick={() => setTaken(null)}>
                    Cancel
                  </button>
                  <button
                    type="button"
                    className="tc-button"
                    disabled={busy}
                    onClick={() => void open("replace")}
                  >
                    Replace
                  </button>
                  <button
                    type="button"
                    className="tc-button tc-button-primary"
                    disabled={busy}
                    onClick={() => void open("copy")}
                  >
                    Import as copy
                  </button>
                </div>
              </div>
            ) : (
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
            )}
          </>
        )}
      </div>
    </dialog>
  );
}

function DiagramReport({
  diagram,
  titled,
  native,
}: {
  diagram: ImportedDiagram;
  titled: boolean;
  /** Our own file: its findings are generated when it opens; what it holds are decisions. */
  native: boolean;
}) {
  const rows = [
    ["Elements", "elements"],
    ["Flows", "flows"],
    ["Trust boundaries", "boundaries"],
    [native ? "Decided findings and custom threats" : "Threats", "threats"],
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
            <th scope="col">Item</th>
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
