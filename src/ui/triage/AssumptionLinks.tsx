import { useId, useState } from "react";
import type { Assumption } from "../../domain/decisions";
import { triageCommands as commands } from "../../store/triageCommands";
import { editorStore } from "../../store/editorStore";

type LinkKind = "elementIds" | "findingIds" | "mitigationIds";

export interface LinkTargets {
  /** Elements, flows and boundaries by id, with their display names. */
  elements: ReadonlyMap<string, string>;
  findings: ReadonlyMap<string, string>;
  mitigations: ReadonlyMap<string, string>;
}

const KIND_WORDS: Record<LinkKind, string> = {
  elementIds: "Element",
  findingIds: "Finding",
  mitigationIds: "Mitigation",
};

/**
 * What an assumption is about, each link removable, and a picker to link it to an element,
 * flow, boundary or mitigation record (findings are linked where their decision is made).
 * Marking the assumption invalid reopens the findings linked, and those a linked mitigation
 * closed.
 */
export function AssumptionLinks({
  assumption,
  targets,
}: {
  assumption: Assumption;
  targets: LinkTargets;
}) {
  const uid = useId();
  const [choice, setChoice] = useState("");
  const update = (kind: LinkKind, ids: string[]) =>
    editorStore.getState().execute(commands.updateAssumption(assumption.id, { [kind]: ids }));
  const links = (["elementIds", "findingIds", "mitigationIds"] as const).flatMap((kind) =>
    assumption[kind].map((id) => {
      const names =
        kind === "elementIds"
          ? targets.elements
          : kind === "findingIds"
            ? targets.findings
            : targets.mitigations;
      return { kind, id, name: names.get(id) ?? id };
    }),
  );
  const free = (kind: "elementIds" | "mitigationIds", names: ReadonlyMap<string, string>) =>
    [...names].filter(([id]) => !assumption[kind].includes(id));
  const freeElements = free("elementIds", targets.elements);
  const freeMitigations = free("mitigationIds", targets.mitigations);
  const link = () => {
    const [kind, id] = choice.split(" ", 2) as [LinkKind, string];
    if (id && update(kind, [...assumption[kind], id])) setChoice("");
  };
  return (
    <div className="tc-record-links">
      {links.length === 0 ? (
        <p className="tc-muted">About: the whole model</p>
      ) : (
        <ul className="tc-link-chips" aria-label={`About: ${assumption.text}`}>
          {links.map(({ kind, id, name }) => (
            <li key={`${kind} ${id}`} className="tc-chip">
              <span className="tc-muted">{KIND_WORDS[kind]}:</span> <bdi>{name}</bdi>
              <button
                type="button"
                aria-label={`Unlink ${KIND_WORDS[kind].toLowerCase()} ${name}`}
                onClick={() =>
                  update(
                    kind,
                    assumption[kind].filter((other) => other !== id),
                  )
                }
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {(freeElements.length > 0 || freeMitigations.length > 0) && (
        <span className="tc-decision-row">
          <label htmlFor={`${uid}-link`} className="tc-visually-hidden">
            Link to
          </label>
          <select id={`${uid}-link`} value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">Link to…</option>
            {freeMitigations.length > 0 && (
              <optgroup label="Mitigations">
                {freeMitigations.map(([id, name]) => (
                  <option key={id} value={`mitigationIds ${id}`}>
                    {name}
                  </option>
                ))}
              </optgroup>
            )}
            {freeElements.length > 0 && (
              <optgroup label="Elements and flows">
                {freeElements.map(([id, name]) => (
                  <option key={id} value={`elementIds ${id}`}>
                    {name}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
          <button type="button" className="tc-small-button" disabled={!choice} onClick={link}>
            Link
          </button>
        </span>
      )}
    </div>
  );
}
