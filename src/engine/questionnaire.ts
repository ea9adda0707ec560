import type { RawQuestion, Unknown } from "./findings";
import {
  bySubjectOf,
  dependentOf,
  listed,
  questionFor,
  RANK,
  sortBySeverity,
} from "./questionParts";
import type { Question, QuestionDependent } from "./types";

/**
 * The questionnaire of one document kept up to date across its edits (see questions.ts for what
 * it is; the result is the same as building it at once). An edit replaces the raw questions of
 * the targets it re-evaluated; only the questions those touch are made again:
 *
 *  - each unknown counts the outcomes that hinge on it, and lists them;
 *  - an outcome is asked through its most shared unknown: when a count changes, the outcomes
 *    that list that unknown choose again;
 *  - a question whose outcomes changed is made again from them, in result order.
 *
 * Raw questions arrive in groups (one per target, in result order) that keep their identity as
 * long as the target is not re-evaluated.
 */
export interface QuestionGroup {
  readonly asks: readonly RawQuestion[];
  /** Place in result order, set on every update. */
  position: number;
  /** The update that last saw it. */
  stamp: number;
}

/** Where a raw question stands in its questionnaire (kept on it: see `RawQuestion.state`). */
export interface AskState {
  readonly owner: Questionnaire;
  group: QuestionGroup;
  /** Index in its group. */
  index: number;
  /** The slot of the unknown it is asked through, and that unknown's index. */
  chosen: Slot | null;
  chosenAt: number;
  alive: boolean;
  /** The last update that had it choose. */
  chose: number;
}

/** One unknown (one question id). */
export interface Slot {
  readonly owner: Questionnaire;
  /** Set when the questionnaire forgot it (another slot may now hold its id). */
  dead: boolean;
  /** Outcomes that hinge on it. */
  count: number;
  /** Raw questions that hinge on it (some no longer alive: dropped as they are met). */
  readonly containing: RawQuestion[];
  /** The question asked through it, or null; and the first raw question it is asked for. */
  question: Question | null;
  firstAsk: RawQuestion | null;
  rank: number;
  /** Index in `Questionnaire.asked`, or -1; place of `firstAsk` while ordering. */
  askedAt: number;
  order: number;
  /** The last update that found it changed (count) or dirty (who is asked through it). */
  changed: number;
  dirty: number;
}

function inQuestionnaireOrder(a: Slot, b: Slot): number {
  return (
    b.rank - a.rank ||
    b.question!.dependents.length - a.question!.dependents.length ||
    a.order - b.order
  );
}

/** Place in result order: groups in order, raw questions of a group in order. */
const GROUP_SPAN = 4096;
const positionOf = (raw: RawQuestion) => {
  const state = raw.state!;
  return state.group.position * GROUP_SPAN + state.index;
};

export class Questionnaire {
  private readonly slots = new Map<string, Slot>();
  private groups: readonly QuestionGroup[] = [];
  /** Slots a question is asked through (in no order), and in questionnaire order. */
  private readonly asked: Slot[] = [];
  private order: Slot[] = [];
  private last: { questions: Question[]; bySubject: Map<string, Question[]> } | null = null;
  private stamp = 0;

  /**
   * The questions for these groups (every target's raw questions, in result order). Groups of
   * the previous update that are not among them are gone.
   */
  update(groups: readonly QuestionGroup[]): {
    questions: Question[];
    bySubject: Map<string, Question[]>;
  } {
    const stamp = ++this.stamp;
    const changed: Slot[] = [];
    const dirty: Slot[] = [];
    const markChanged = (slot: Slot) => {
      if (slot.changed !== stamp) {
        slot.changed = stamp;
        changed.push(slot);
      }
    };
    const markDirty = (slot: Slot) => {
      if (slot.dirty !== stamp) {
        slot.dirty = stamp;
        dirty.push(slot);
      }
    };
    const previous = this.stamp - 1;
    let reordered = false;
    let lastKept = -1;
    const added: QuestionGroup[] = [];
    for (let i = 0; i < groups.length; i++) {
      const group = groups[i]!;
      if (group.stamp === previous && group.stamp !== 0) {
        // Kept groups keep their order (the document's order), or every question is made again.
        if (group.position < lastKept) reordered = true;
        lastKept = group.position;
      } else added.push(group);
      group.stamp = stamp;
      group.position = i;
    }
    for (const group of this.groups) {
      if (group.stamp === stamp) continue;
      for (let i = 0; i < group.asks.length; i++) {
        const raw = group.asks[i]!;
        const state = this.stateOf(raw);
        if (!state) continue;
        state.alive = false;
        for (let j = 0; j < raw.unknowns.length; j++) {
          const slot = this.slotOf(raw.unknowns[j]!);
          slot.count--;
          markChanged(slot);
        }
        if (state.chosen) markDirty(state.chosen);
        state.chosen = null;
      }
    }
    for (const group of added) {
      for (let i = 0; i < group.asks.length; i++) {
        const raw = group.asks[i]!;
        raw.state = {
          owner: this,
          group,
          index: i,
          chosen: null,
          chosenAt: -1,
          alive: true,
          chose: 0,
        };
        for (let j = 0; j < raw.unknowns.length; j++) {
          const slot = this.slotOf(raw.unknowns[j]!);
          slot.count++;
          slot.containing.push(raw);
          markChanged(slot);
        }
      }
    }
    this.groups = groups;
    // Outcomes listing an unknown whose count changed choose again.
    for (const slot of changed) {
      const containing = slot.containing;
      let kept = 0;
      for (let i = 0; i < containing.length; i++) {
        const raw = containing[i]!;
        const state = this.stateOf(raw);
        if (!state || !state.alive) continue;
        containing[kept++] = raw;
        if (state.chose === stamp) continue;
        state.chose = stamp;
        this.choose(raw, state, markDirty);
      }
      containing.length = kept;
    }
    if (reordered) for (const slot of this.asked) markDirty(slot);
    for (const slot of dirty) this.remake(slot);
    this.forgetUnused();
    return this.ordered(dirty, reordered);
  }

  /** The unknown of `raw` the most outcomes share (the first of them on a tie). */
  private choose(raw: RawQuestion, state: AskState, markDirty: (slot: Slot) => void): void {
    const unknowns = raw.unknowns;
    let best: Slot | null = null;
    let bestAt = -1;
    for (let j = 0; j < unknowns.length; j++) {
      const slot = this.slotOf(unknowns[j]!);
      if (best === null || slot.count > best.count) {
        best = slot;
        bestAt = j;
      }
    }
    if (best === state.chosen) {
      // The same slot through another unknown of the same id is the same question.
      state.chosenAt = bestAt;
      return;
    }
    if (state.chosen) markDirty(state.chosen);
    if (best) markDirty(best);
    state.chosen = best;
    state.chosenAt = bestAt;
  }

  /** Makes a slot's question again from the outcomes asked through it, in result order. */
  private remake(slot: Slot): void {
    const choosers: RawQuestion[] = [];
    const containing = slot.containing;
    for (let i = 0; i < containing.length; i++) {
      const raw = containing[i]!;
      const state = this.stateOf(raw);
      if (state && state.alive && state.chosen === slot) choosers.push(raw);
    }
    if (choosers.length === 0) {
      this.unask(slot);
      return;
    }
    // A raw question listing the same unknown twice is one chooser.
    choosers.sort((a, b) => positionOf(a) - positionOf(b));
    const dependents: QuestionDependent[] = [];
    let rank = -1;
    let previous: RawQuestion | null = null;
    for (const raw of choosers) {
      if (raw === previous) continue;
      previous = raw;
      if (dependents.length > 0 && listed(dependents, raw)) continue;
      const dependent = dependentOf(raw);
      dependents.push(dependent);
      rank = Math.max(rank, RANK[dependent.severity]);
    }
    if (dependents.length > 1) sortBySeverity(dependents);
    const first = choosers[0]!;
    const unknown: Unknown = first.unknowns[first.state!.chosenAt]!;
    slot.question = questionFor(unknown, dependents, slot.question, false);
    slot.firstAsk = first;
    slot.rank = rank;
    if (slot.askedAt < 0) {
      slot.askedAt = this.asked.length;
      this.asked.push(slot);
    }
  }

  private unask(slot: Slot): void {
    if (slot.askedAt < 0) return;
    const last = this.asked.pop()!;
    if (last !== slot) {
      this.asked[slot.askedAt] = last;
      last.askedAt = slot.askedAt;
    }
    slot.askedAt = -1;
    slot.question = null;
    slot.firstAsk = null;
  }

  /**
   * Questions in questionnaire order: the most severe first, then the most numerous, then in
   * result order of the first outcome asked. Questions made again this update are sorted and
   * merged into the others, whose order among themselves an edit does not change (the document's
   * order of targets is kept, or every question was made again). With none made again, the last
   * lists are the lists.
   */
  private ordered(
    dirty: readonly Slot[],
    reordered: boolean,
  ): { questions: Question[]; bySubject: Map<string, Question[]> } {
    if (dirty.length === 0 && this.last !== null) return this.last;
    const stamp = this.stamp;
    const fresh: Slot[] = [];
    for (const slot of dirty) {
      if (slot.askedAt < 0) continue;
      slot.order = positionOf(slot.firstAsk!);
      fresh.push(slot);
    }
    fresh.sort(inQuestionnaireOrder);
    const kept: Slot[] = [];
    if (!reordered) {
      for (const slot of this.order) {
        if (slot.dirty === stamp || slot.askedAt < 0) continue;
        slot.order = positionOf(slot.firstAsk!);
        kept.push(slot);
      }
    }
    const order = new Array<Slot>(kept.length + fresh.length);
    let k = 0;
    let f = 0;
    for (let i = 0; i < order.length; i++) {
      const takeFresh =
        k === kept.length || (f < fresh.length && inQuestionnaireOrder(fresh[f]!, kept[k]!) < 0);
      order[i] = takeFresh ? fresh[f++]! : kept[k++]!;
    }
    this.order = order;
    const questions = new Array<Question>(order.length);
    for (let i = 0; i < order.length; i++) questions[i] = order[i]!.question!;
    return (this.last = { questions, bySubject: bySubjectOf(questions) });
  }

  private stateOf(raw: RawQuestion): AskState | null {
    const state = raw.state;
    return state !== null && state.owner === this ? state : null;
  }

  /** Every few updates, slots nothing hinges on any more are forgotten (their unknowns look again). */
  private forgetUnused(): void {
    if (this.stamp % 64 !== 0 || this.slots.size < 1024) return;
    for (const [key, slot] of this.slots) {
      if (slot.count !== 0 || slot.askedAt >= 0) continue;
      slot.dead = true;
      this.slots.delete(key);
    }
  }

  private slotOf(unknown: Unknown): Slot {
    const cached = unknown.slot;
    if (cached !== null && cached.owner === this && !cached.dead) return cached;
    let slot = this.slots.get(unknown.key);
    if (slot === undefined) {
      slot = {
        owner: this,
        dead: false,
        count: 0,
        containing: [],
        question: null,
        firstAsk: null,
        rank: -1,
        askedAt: -1,
        order: 0,
        changed: 0,
        dirty: 0,
      };
      this.slots.set(unknown.key, slot);
    }
    unknown.slot = slot;
    return slot;
  }
}
