import type { CustomThreat, MitigationStatus, ModelSettings } from "../domain/decisions";
import { newId } from "../domain/ids";
import { ok } from "../domain/operations";
import {
  addAssumption,
  addCustomThreat,
  createMitigation,
  createMitigationFromSuggestion,
  deleteAssumption,
  deleteCustomThreat,
  deleteMitigation,
  editTriage,
  forgetDecision,
  linkMitigation,
  markCoveredMitigated,
  MITIGATION_STATUS_LABELS,
  setAssumptionValidity,
  setMitigationStatus,
  setStatus,
  setStatuses,
  STATUS_LABELS,
  unlinkMitigation,
  updateAssumption,
  updateCustomThreat,
  updateMitigation,
  type AssumptionFields,
  type CustomThreatFields,
  type MitigationFields,
  type StatusChange,
  type TriagePatch,
  type TriageTarget,
} from "../domain/triage";
import type { Command } from "./command";

/**
 * The triage operations as named commands: each one undo step (decisions are part of the
 * document, and undo never surprises). `by` is the name the user gave for the decision log.
 */

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A command that also tells its caller the id of what it created. */
export type CreatingCommand = Command & { id: string };

export const triageCommands = {
  setStatus(target: TriageTarget, change: StatusChange, by: string): Command {
    return {
      name: `Set status: ${STATUS_LABELS[change.status]}`,
      history: "record",
      perform: (doc) => setStatus(doc, target, change, { by }),
    };
  },

  setStatuses(targets: readonly TriageTarget[], change: StatusChange, by: string): Command {
    return {
      name: `Set ${plural(targets.length, "finding")} ${STATUS_LABELS[change.status]}`,
      history: "record",
      perform: (doc) => setStatuses(doc, targets, change, { by }),
    };
  },

  /** The decision editor's Save: status with its reason, and every other field, as one step. */
  saveDecision(target: TriageTarget, decision: StatusChange & TriagePatch, by: string): Command {
    return {
      name: `Decision: ${STATUS_LABELS[decision.status]}`,
      history: "record",
      perform(doc) {
        const { status, justification, ...patch } = decision;
        const change = justification === undefined ? { status } : { status, justification };
        const withStatus = setStatus(doc, target, change, { by });
        if (!withStatus.ok) return withStatus;
        return editTriage(withStatus.doc, target, patch, { by });
      },
    };
  },

  editTriage(target: TriageTarget, patch: TriagePatch, by: string): Command {
    return {
      name: "Edit decision",
      history: "record",
      perform: (doc) => editTriage(doc, target, patch, { by }),
    };
  },

  forgetDecision(findingId: string, by: string): Command {
    return {
      name: "Remove decision",
      history: "record",
      perform: (doc) => forgetDecision(doc, findingId, { by }),
    };
  },

  setScoringMethod(method: ModelSettings["scoring"]): Command {
    return {
      name: "Scoring method",
      history: "record",
      perform: (doc) =>
        doc.settings.scoring === method
          ? ok(doc)
          : ok({ ...doc, settings: { ...doc.settings, scoring: method } }),
    };
  },

  createMitigationFromSuggestion(
    target: TriageTarget,
    text: string,
    atlasMitigations: readonly string[],
  ): Command {
    return {
      name: "Create mitigation",
      history: "record",
      perform: (doc) => createMitigationFromSuggestion(doc, target, text, atlasMitigations).result,
    };
  },

  createMitigation(fields: MitigationFields): CreatingCommand {
    const id = newId("mit");
    return {
      id,
      name: "New mitigation",
      history: "record",
      perform: (doc) => createMitigation(doc, { ...fields, id }).result,
    };
  },

  updateMitigation(id: string, fields: MitigationFields): Command {
    return {
      name: "Edit mitigation",
      history: "record",
      perform: (doc) => updateMitigation(doc, id, fields),
    };
  },

  setMitigationStatus(id: string, status: MitigationStatus): Command {
    return {
      name: `Mitigation ${MITIGATION_STATUS_LABELS[status]}`,
      history: "record",
      perform: (doc) => setMitigationStatus(doc, id, status),
    };
  },

  linkMitigation(mitigationId: string, findingId: string): Command {
    return {
      name: "Link mitigation",
      history: "record",
      perform: (doc) => linkMitigation(doc, mitigationId, findingId),
    };
  },

  unlinkMitigation(mitigationId: string, findingId: string): Command {
    return {
      name: "Unlink mitigation",
      history: "record",
      perform: (doc) => unlinkMitigation(doc, mitigationId, findingId),
    };
  },

  deleteMitigation(id: string): Command {
    return {
      name: "Delete mitigation",
      history: "record",
      perform: (doc) => deleteMitigation(doc, id),
    };
  },

  /** Accept the offer an implemented mitigation makes: its open findings become Mitigated. */
  markCoveredMitigated(
    mitigationId: string,
    findings: readonly TriageTarget[],
    by: string,
  ): Command {
    return {
      name: "Mark findings mitigated",
      history: "record",
      perform(doc) {
        const result = markCoveredMitigated(doc, mitigationId, findings, { by });
        if (!result.ok || result.doc === doc) return result;
        const count = Object.keys(result.doc.triage).filter(
          (id) => result.doc.triage[id] !== doc.triage[id],
        ).length;
        return { ...result, notice: `${plural(count, "finding")} marked Mitigated` };
      },
    };
  },

  addCustomThreat(fields: CustomThreatFields & { title: string }): CreatingCommand {
    const id = newId("threat");
    return {
      id,
      name: "Add custom threat",
      history: "record",
      perform: (doc) => addCustomThreat(doc, { ...fields, id }).result,
    };
  },

  updateCustomThreat(id: string, fields: CustomThreatFields): Command {
    return {
      name: "Edit custom threat",
      history: "record",
      perform: (doc) => updateCustomThreat(doc, id, fields),
    };
  },

  deleteCustomThreat(id: string): Command {
    return {
      name: "Delete custom threat",
      history: "record",
      perform: (doc) => deleteCustomThreat(doc, id),
    };
  },

  addAssumption(fields: AssumptionFields & { text: string }): CreatingCommand {
    const id = newId("assumption");
    return {
      id,
      name: "Add assumption",
      history: "record",
      perform: (doc) => addAssumption(doc, { ...fields, id }).result,
    };
  },

  updateAssumption(id: string, fields: AssumptionFields): Command {
    return {
      name: "Edit assumption",
      history: "record",
      perform: (doc) => updateAssumption(doc, id, fields),
    };
  },

  deleteAssumption(id: string): Command {
    return {
      name: "Delete assumption",
      history: "record",
      perform: (doc) => deleteAssumption(doc, id),
    };
  },

  /** Invalid reopens the findings whose decision rested on the assumption, and says how many. */
  setAssumptionValidity(id: string, valid: boolean, by: string): Command {
    return {
      name: valid ? "Assumption valid" : "Assumption invalid",
      history: "record",
      perform(doc) {
        const { result, reopened } = setAssumptionValidity(doc, id, valid, { by });
        if (!result.ok || reopened.length === 0) return result;
        return {
          ...result,
          notice: `Assumption invalid: ${plural(reopened.length, "finding")} reopened`,
        };
      },
    };
  },
};

/** A custom threat's editable fields, for forms. */
export type CustomThreatDraft = Pick<
  CustomThreat,
  | "title"
  | "description"
  | "targetIds"
  | "categories"
  | "references"
  | "likelihood"
  | "impact"
  | "mitigation"
>;
