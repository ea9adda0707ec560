import { create } from "zustand";
import type { WhatIfChange } from "../../domain/workshop/whatIf";
import {
  INITIAL_CLOCK,
  parseClock,
  type AgendaClock,
  type AgendaOptions,
} from "../../domain/workshop/agenda";
import { useUserName } from "../triage/userName";

/**
 * Presentation mode's own state, none of it in the document: where the walk is, which item of
 * the step is shown, the dialogs, the what-if being tried, who decisions are recorded as, and
 * the agenda's clock (kept per model and browser, so a reload or a sleeping laptop resumes the
 * session where it stands).
 */
export type WorkshopDialog = "session" | "whatIf" | "agenda" | null;

/** The phases that go through findings one at a time (scoring, the mitigation plan). */
export type QueuePhase = "scoring" | "mitigations";

interface Preferences {
  autoAdvance: boolean;
  sound: boolean;
}

interface WorkshopUiState extends Preferences {
  modelId: string | null;
  stepIndex: number;
  itemIndex: number;
  /** Where the scoring and the mitigation phases stand in their queues of findings. */
  queueIndex: Record<QueuePhase, number>;
  dialog: WorkshopDialog;
  whatIf: WhatIfChange[];
  /** The name decisions taken in the walk are logged with. */
  decidedBy: string;
  clock: AgendaClock;
  /** Load the clock of another model (and start its walk at `stepIndex`). */
  openModel(modelId: string, stepIndex: number): void;
  goToStep(index: number, itemIndex?: number): void;
  setItem(index: number): void;
  setQueueIndex(phase: QueuePhase, index: number): void;
  setDialog(dialog: WorkshopDialog): void;
  setWhatIf(changes: WhatIfChange[]): void;
  setDecidedBy(name: string): void;
  setClock(clock: AgendaClock): void;
  setPreferences(patch: Partial<Preferences>): void;
}

const PREFS_KEY = "threatcanvas.workshop.prefs";
const clockKey = (modelId: string) => `threatcanvas.workshop.clock.${modelId}`;

function readJson(key: string): unknown {
  try {
    const raw = globalThis.localStorage?.getItem(key);
    return raw ? (JSON.parse(raw) as unknown) : null;
  } catch {
    return null;
  }
}

function writeJson(key: string, value: unknown): void {
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or forbidden: the clock lasts for this page.
  }
}

function readPrefs(): Preferences {
  const stored = readJson(PREFS_KEY) as Partial<Preferences> | null;
  return {
    autoAdvance: typeof stored?.autoAdvance === "boolean" ? stored.autoAdvance : true,
    sound: typeof stored?.sound === "boolean" ? stored.sound : false,
  };
}

export const useWorkshopUi = create<WorkshopUiState>()((set, get) => ({
  ...readPrefs(),
  modelId: null,
  stepIndex: 0,
  itemIndex: 0,
  queueIndex: { scoring: 0, mitigations: 0 },
  dialog: null,
  whatIf: [],
  decidedBy: useUserName.getState().name,
  clock: INITIAL_CLOCK,
  openModel(modelId, stepIndex) {
    if (get().modelId === modelId) return;
    set({
      modelId,
      stepIndex,
      itemIndex: 0,
      queueIndex: { scoring: 0, mitigations: 0 },
      whatIf: [],
      dialog: null,
      clock: parseClock(readJson(clockKey(modelId))),
    });
  },
  goToStep(index, itemIndex = 0) {
    set({ stepIndex: Math.max(0, index), itemIndex: Math.max(0, itemIndex) });
  },
  setItem(index) {
    set({ itemIndex: Math.max(0, index) });
  },
  setQueueIndex(phase, index) {
    set({ queueIndex: { ...get().queueIndex, [phase]: Math.max(0, index) } });
  },
  setDialog(dialog) {
    set({ dialog });
  },
  setWhatIf(changes) {
    set({ whatIf: changes });
  },
  setDecidedBy(name) {
    set({ decidedBy: name.slice(0, 200) });
  },
  setClock(clock) {
    const { modelId } = get();
    if (modelId) writeJson(clockKey(modelId), clock);
    set({ clock });
  },
  setPreferences(patch) {
    const next = { autoAdvance: get().autoAdvance, sound: get().sound, ...patch };
    writeJson(PREFS_KEY, next);
    set(next);
  },
}));

export function agendaOptions(state: Pick<WorkshopUiState, "autoAdvance">): AgendaOptions {
  return { autoAdvance: state.autoAdvance };
}
