import { useEffect, useRef, useState, type FormEvent } from "react";
import type { FrameworkChoice, ReportContentOptions } from "../../io/reportData/options";
import type { ReportExport } from "./reportActions";

const FRAMEWORK_LABELS: Record<FrameworkChoice, string> = {
  both: "STRIDE and LINDDUN",
  stride: "STRIDE only",
  linddun: "LINDDUN only",
};

const TITLES: Partial<Record<ReportExport, string>> = {
  pdf: "PDF report",
  markdown: "Markdown report",
  csv: "CSV risk register",
};

/**
 * What the report includes. Loaded on demand and given everything by its caller (it imports only
 * React and types), so that its chunk shares no module with the initial bundle.
 */
export function ReportOptionsDialog({
  kind,
  initial,
  onExport,
  onClose,
}: {
  kind: ReportExport;
  initial: ReportContentOptions;
  onExport: (options: ReportContentOptions) => void;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const [options, setOptions] = useState<ReportContentOptions>(initial);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const set = <K extends keyof ReportContentOptions>(key: K, value: ReportContentOptions[K]) =>
    setOptions((o) => ({ ...o, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    ref.current?.close();
    onExport(options);
  };
  const title = TITLES[kind] ?? "Report";
  return (
    <dialog
      ref={ref}
      className="tc-dialog"
      aria-labelledby="report-options-title"
      onClose={onClose}
    >
      <form
        className="tc-dialog-body tc-report-options"
        onSubmit={submit}
        aria-label={`${title} options`}
      >
        <h2 id="report-options-title">{title}</h2>
        <label className="tc-field">
          <span>Prepared by</span>
          <input
            type="text"
            dir="auto"
            maxLength={200}
            value={options.preparedBy}
            onChange={(e) => set("preparedBy", e.currentTarget.value)}
          />
        </label>
        <fieldset>
          <legend>Frameworks</legend>
          {(Object.keys(FRAMEWORK_LABELS) as FrameworkChoice[]).map((choice) => (
            <label key={choice} className="tc-check">
              <input
                type="radio"
                name="frameworks"
                checked={options.frameworks === choice}
                onChange={() => set("frameworks", choice)}
              />
              {FRAMEWORK_LABELS[choice]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Include</legend>
          <Check
            label="Findings triaged Not applicable"
            checked={options.includeNotApplicable}
            onChange={(v) => set("includeNotApplicable", v)}
          />
          <Check
            label="Open questions"
            checked={options.includeQuestions}
            onChange={(v) => set("includeQuestions", v)}
          />
          <Check
            label="Decision log"
            checked={options.includeDecisionLog}
            onChange={(v) => set("includeDecisionLog", v)}
          />
          <Check
            label="Appendix: every element and its properties"
            checked={options.includeAppendix}
            onChange={(v) => set("includeAppendix", v)}
          />
        </fieldset>
        <div className="tc-dialog-actions">
          <button type="button" className="tc-button" onClick={() => ref.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="tc-button tc-button-primary">
            Export {kind === "pdf" ? "PDF" : kind === "csv" ? "CSV" : "Markdown"}
          </button>
        </div>
      </form>
    </dialog>
  );
}

function Check({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (value: boolean) => void;
}) {
  return (
    <label className="tc-check">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      {label}
    </label>
  );
}
