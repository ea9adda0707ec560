/** The text box and button that add an assumption, in the assumptions list and on a finding. */
export function NewAssumptionRow({
  id,
  label,
  text,
  onTextChange,
  onAdd,
}: {
  id: string;
  label: string;
  text: string;
  onTextChange: (text: string) => void;
  onAdd: () => void;
}) {
  return (
    <div className="tc-decision-row">
      <span className="tc-decision-field tc-decision-grow">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          type="text"
          value={text}
          maxLength={5000}
          placeholder="e.g. The training data bucket is only writable by the pipeline"
          onChange={(e) => onTextChange(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              onAdd();
            }
          }}
        />
      </span>
      <button type="button" disabled={!text.trim()} onClick={onAdd}>
        Add assumption
      </button>
    </div>
  );
}
