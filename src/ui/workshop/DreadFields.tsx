import { useId, useState } from "react";
import { DreadScoreSchema, type DreadScore, type TriageRecord } from "../../domain/decisions";
import { formatIssues } from "../../domain/validation";
import { DREAD_AI_FACTORS, dreadScore, formatDread } from "../../engine/risk/dread";
import type { Finding } from "../../engine/types";
import { editorStore } from "../../store/editorStore";
import { workshopCommands } from "../../store/workshopCommands";
import { SEVERITY_LABELS } from "../findings/severity";
import { DREAD_FIELDS, DREAD_LABELS, DREAD_START, type DreadField } from "../triage/decisionDraft";

type Draft = Record<DreadField, string>;

function draftOf(record: TriageRecord | undefined): Draft {
  if (!record?.dread) return { ...DREAD_START };
  const dread = record.dread;
  return Object.fromEntries(DREAD_FIELDS.map((f) => [f, String(dread[f])])) as Draft;
}

function parse(draft: Draft): { score: DreadScore } | { error: string } {
  const values = Object.fromEntries(
    DREAD_FIELDS.map((f) => [f, draft[f].trim() === "" ? NaN : Number(draft[f])]),
  );
  const parsed = DreadScoreSchema.safeParse(values);
  if (parsed.success) return { score: parsed.data };
  const field = (parsed.error.issues[0]?.path[0] as DreadField | undefined) ?? "damage";
  const message = formatIssues(parsed.error, 1)[0]?.replace(/^[a-zA-Z]+: /, "") ?? "";
  return {
    error: `${DREAD_LABELS[field]} ${message.startsWith("must") ? message : "must be a number"}.`,
  };
}

/**
 * DREAD-AI scoring of one finding in the scoring phase, for a model that scores that way: five
 * 1-10 factors and three 1.0-2.0 AI factors, saved together (one undo step), checked first.
 */
export function DreadFields({
  finding,
  record,
  by,
}: {
  finding: Finding;
  record: TriageRecord | undefined;
  by: string;
}) {
  const uid = useId();
  const [draft, setDraft] = useState(() => draftOf(record));
  const [error, setError] = useState<string | null>(null);
  const parsed = parse(draft);
  const preview = "score" in parsed ? dreadScore(parsed.score) : null;
  const save = () => {
    const result = parse(draft);
    if ("error" in result) {
      setError(result.error);
      return;
    }
    setError(null);
    editorStore
      .getState()
      .execute(workshopCommands.scoreInSession(finding, { dread: result.score }, by));
  };
  return (
    <fieldset className="tc-ws-dread">
      <legend>DREAD-AI (this model scores by DREAD-AI)</legend>
      <div className="tc-ws-dread-grid">
        {DREAD_FIELDS.map((field) => {
          const ai = (DREAD_AI_FACTORS as readonly string[]).includes(field);
          return (
            <label key={field} htmlFor={`${uid}-${field}`}>
              {DREAD_LABELS[field]} <span className="tc-muted">{ai ? "1.0–2.0" : "1–10"}</span>
              <input
                id={`${uid}-${field}`}
                type="number"
                inputMode="decimal"
                min={1}
                max={ai ? 2 : 10}
                step={ai ? 0.1 : 1}
                value={draft[field]}
                onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
                onKeyDown={(e) => e.key === "Enter" && save()}
              />
            </label>
          );
        })}
      </div>
      <p className="tc-ws-answer-row">
        <button type="button" onClick={save}>
          Save DREAD-AI score
        </button>
        <span aria-live="polite">
          {preview
            ? `DREAD-AI ${formatDread(preview.adjusted)}: ${SEVERITY_LABELS[preview.severity]}`
            : ""}
          {record?.dread ? " · saved" : " · not saved yet"}
        </span>
      </p>
      {error && (
        <p className="tc-ws-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
