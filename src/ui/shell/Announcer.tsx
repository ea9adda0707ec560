import { useWorkspace } from "./workspaceStore";

/** Reads out what a keyboard action did ("Moved API gateway", "Resizing DMZ: 300 × 260"). */
export function Announcer() {
  const announcement = useWorkspace((s) => s.announcement);
  return (
    <div
      className="tc-visually-hidden"
      role="status"
      aria-live="polite"
      aria-label="Canvas announcements"
    >
      {announcement ? <span key={announcement.seq}>{announcement.text}</span> : null}
    </div>
  );
}
