import { useId, useRef, useState, type FormEvent } from "react";
import { useModal } from "./useModal";
import type { CustomThreat } from "../../domain/decisions";
import { flowDisplayName } from "../../engine/names";
import { LINDDUN_CATEGORIES, STRIDE_CATEGORIES } from "../findings/categories";
import { triageCommands as commands } from "../../store/triageCommands";
import { editorStore, useEditor } from "../../store/editorStore";
import { elementDisplayName } from "../labels";
import { ReferencePicker } from "./ReferencePicker";
import { useTriageView } from "./triageView";

type Draft = Pick<
  CustomThreat,
  "title" | "description" | "targetIds" | "references" | "mitigation" | "likelihood" | "impact"
> & { stride: string[]; linddun: string[] };

function emptyDraft(targetIds: readonly string[]): Draft {
  return {
    title: "",
    description: "",
    targetIds: [...targetIds],
    references: [],
    mitigation: "",
    likelihood: 3,
    impact: 3,
    stride: [],
    linddun: [],
  };
}

function draftOf(threat: CustomThreat): Draft {
  return {
    title: threat.title,
    description: threat.description,
    targetIds: [...threat.targetIds],
    references: [...threat.references],
    mitigation: threat.mitigation,
    likelihood: threat.likelihood,
    impact: threat.impact,
    stride: [...threat.categories.stride],
    linddun: [...threat.categories.linddun],
  };
}

/**
 * Write a threat the engine does not know, on any element, flow or boundary or the whole model,
 * with STRIDE / LINDDUN categories and references picked from the catalogs. A modal dialog: it is
 * opened from the threats list or from the threat's own decision editor.
 */
export function CustomThreatDialog({
  threatId,
  onClose,
}: {
  /** Edit this threat; add a new one when absent. */
  threatId?: string;
  onClose(): void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const uid = useId();
  const elements = useEditor((s) => s.doc?.elements ?? []);
  const flows = useEditor((s) => s.doc?.flows ?? []);
  const existing = useEditor((s) => s.doc?.customThreats.find((t) => t.id === threatId));
  const [draft, setDraft] = useState<Draft>(() => {
    if (existing) return draftOf(existing);
    const doc = editorStore.getState().doc;
    const known = new Set([...(doc?.elements ?? []), ...(doc?.flows ?? [])].map((x) => x.id));
    return emptyDraft(editorStore.getState().selection.filter((id) => known.has(id)));
  });
  const [addTarget, setAddTarget] = useState("");

  useModal(dialog);

  const names = new Map<string, string>();
  for (const e of elements) names.set(e.id, elementDisplayName(e));
  for (const f of flows) {
    names.set(
      f.id,
      `Flow: ${flowDisplayName(f, names.get(f.source) ?? f.source, names.get(f.target) ?? f.target)}`,
    );
  }
  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const toggle = (list: "stride" | "linddun", code: string) =>
    update({
      [list]: draft[list].includes(code)
        ? draft[list].filter((c) => c !== code)
        : [...draft[list], code],
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields = {
      title: draft.title,
      description: draft.description,
      targetIds: draft.targetIds,
      references: draft.references,
      mitigation: draft.mitigation,
      likelihood: draft.likelihood,
      impact: draft.impact,
      categories: {
        stride: draft.stride as CustomThreat["categories"]["stride"],
        linddun: draft.linddun as CustomThreat["categories"]["linddun"],
      },
    };
    if (threatId) {
      if (editorStore.getState().execute(commands.updateCustomThreat(threatId, fields))) onClose();
      return;
    }
    const command = commands.addCustomThreat(fields);
    if (editorStore.getState().execute(command)) {
      onClose();
      useTriageView.getState().revealFinding(command.id);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="tc-dialog tc-threat-dialog"
      aria-labelledby={`${uid}-title`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={submit} aria-labelledby={`${uid}-title`}>
        <h2 id={`${uid}-title`}>{threatId ? "Edit custom threat" : "Add a threat"}</h2>
        <div className="tc-decision-field tc-decision-wide">
          <label htmlFor={`${uid}-name`}>Title</label>
          <input
            id={`${uid}-name`}
            type="text"
            required
            maxLength={200}
            value={draft.title}
            autoFocus
            onChange={(e) => update({ title: e.target.value })}
          />
        </div>
        <div className="tc-decision-field tc-decision-wide">
          <label htmlFor={`${uid}-desc`}>Description</label>
          <textarea
            id={`${uid}-desc`}
            rows={3}
            value={draft.description}
            onChange={(e) => update({ description: e.target.value })}
          />
        </div>
        <fieldset className="tc-decision-group">
          <legend>About</legend>
          {draft.targetIds.length === 0 ? (
            <p>The whole model</p>
          ) : (
            <ul className="tc-picker-chosen" aria-label="About">
              {draft.targetIds.map((id) => (
                <li key={id} className="tc-chip">
                  <span>{names.get(id) ?? id}</span>
                  <button
                    type="button"
                    aria-label={`Remove ${names.get(id) ?? id}`}
                    onClick={() => update({ targetIds: draft.targetIds.filter((t) => t !== id) })}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="tc-decision-row">
            <span className="tc-decision-field tc-decision-grow">
              <label htmlFor={`${uid}-target`}>Add an element, flow or boundary</label>
              <select
                id={`${uid}-target`}
                value={addTarget}
                onChange={(e) => setAddTarget(e.target.value)}
              >
                <option value="">Choose…</option>
                {[...names]
                  .filter(([id]) => !draft.targetIds.includes(id))
                  .map(([id, name]) => (
                    <option key={id} value={id}>
                      {name}
                    </option>
                  ))}
              </select>
            </span>
            <button
              type="button"
              disabled={!addTarget}
              onClick={() => {
                update({ targetIds: [...draft.targetIds, addTarget] });
                setAddTarget("");
              }}
            >
              Add
            </button>
          </div>
        </fieldset>
        <fieldset className="tc-decision-group tc-categories">
          <legend>Categories</legend>
          <div role="group" aria-label="STRIDE">
            <strong>STRIDE</strong>
            {STRIDE_CATEGORIES.map((c) => (
              <label key={c.key} className="tc-check">
                <input
                  type="checkbox"
                  checked={draft.stride.includes(c.code)}
                  onChange={() => toggle("stride", c.code)}
                />
                {c.code} · {c.name}
              </label>
            ))}
          </div>
          <div role="group" aria-label="LINDDUN">
            <strong>LINDDUN</strong>
            {LINDDUN_CATEGORIES.map((c) => (
              <label key={c.key} className="tc-check">
                <input
                  type="checkbox"
                  checked={draft.linddun.includes(c.code)}
                  onChange={() => toggle("linddun", c.code)}
                />
                {c.code} · {c.name}
              </label>
            ))}
          </div>
        </fieldset>
        <ReferencePicker
          label="References"
          value={draft.references}
          onChange={(references) => update({ references })}
        />
        <div className="tc-decision-row">
          <span className="tc-decision-field">
            <label htmlFor={`${uid}-l`}>Likelihood</label>
            <select
              id={`${uid}-l`}
              value={draft.likelihood}
              onChange={(e) => update({ likelihood: Number(e.target.value) })}
            >
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </span>
          <span className="tc-decision-field">
            <label htmlFor={`${uid}-i`}>Impact</label>
            <select
              id={`${uid}-i`}
              value={draft.impact}
              onChange={(e) => update({ impact: Number(e.target.value) })}
            >
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </span>
        </div>
        <div className="tc-decision-field tc-decision-wide">
          <label htmlFor={`${uid}-mit`}>Suggested mitigation</label>
          <textarea
            id={`${uid}-mit`}
            rows={2}
            value={draft.mitigation}
            onChange={(e) => update({ mitigation: e.target.value })}
          />
        </div>
        <div className="tc-decision-actions">
          <button type="submit" className="tc-primary">
            {threatId ? "Save threat" : "Add threat"}
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
