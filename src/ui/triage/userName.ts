import { create } from "zustand";

/**
 * The name the decision log records, per browser (not per model: the same person triages many
 * models). Asked once, on the first triage; kept in localStorage, which may be unavailable
 * (private windows, locked-down browsers): then it lasts for the session.
 */
const KEY = "threatcanvas.decisionLogName";

interface Stored {
  name: string;
  /** Asked already (a person may choose not to give a name). */
  asked: boolean;
}

function read(): Stored {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    if (raw === null || raw === undefined) return { name: "", asked: false };
    const parsed = JSON.parse(raw) as unknown;
    if (parsed && typeof parsed === "object" && typeof (parsed as Stored).name === "string") {
      return { name: (parsed as Stored).name.slice(0, 200), asked: true };
    }
  } catch {
    // Unreadable or unavailable storage: ask again.
  }
  return { name: "", asked: false };
}

function write(name: string): void {
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify({ name }));
  } catch {
    // Storage full or forbidden: the name lasts for this session.
  }
}

interface UserNameState extends Stored {
  /** Waiting for a name before running this (the triage that triggered the question). */
  pending: ((name: string) => void) | null;
  setName(name: string): void;
  /** Run `action` with the user's name, asking for it first if it was never asked. */
  withName(action: (name: string) => void): void;
  answer(name: string): void;
  cancel(): void;
  ask(): void;
}

export const useUserName = create<UserNameState>()((set, get) => ({
  ...read(),
  pending: null,
  setName(name) {
    const clean = name.trim().slice(0, 200);
    write(clean);
    set({ name: clean, asked: true });
  },
  withName(action) {
    const { asked, name } = get();
    if (asked) action(name);
    else set({ pending: action });
  },
  answer(name) {
    const action = get().pending;
    get().setName(name);
    set({ pending: null });
    action?.(get().name);
  },
  cancel() {
    set({ pending: null });
  },
  ask() {
    set({ pending: () => undefined });
  },
}));

/** The name for the log, asking first when needed; runs `action` once known. */
export function withUserName(action: (name: string) => void): void {
  useUserName.getState().withName(action);
}
