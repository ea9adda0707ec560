import { useSession } from "../../store/session";

/** Saved / saving / failed, always visible in the top bar. */
export function SaveIndicator() {
  const save = useSession((s) => s.save);
  const phase = useSession((s) => s.phase);
  if (phase === "unavailable") {
    return (
      <span className="tc-save" data-status="failed" role="status" aria-label="Save status">
        Not saved: storage unavailable
      </span>
    );
  }
  if (!save) return null;
  const text =
    save.state === "saved"
      ? "Saved"
      : save.state === "saving"
        ? "Saving…"
        : save.state === "conflict"
          ? "Not saved: changed in another tab"
          : "Save failed";
  return (
    <span
      className="tc-save"
      data-status={save.state}
      role="status"
      aria-label="Save status"
      title={save.message}
    >
      {text}
    </span>
  );
}
