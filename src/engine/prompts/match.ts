import type { ThreatModel } from "../../domain/schema";
import { compileCondition, type ConditionNode } from "../conditions/compile";
import { EvalContext, FALSE, UNKNOWN } from "../conditions/context";
import { explainInto } from "../conditions/interpret";
import { deriveWorld } from "../facts/derive";
import type { ElementInfo, World } from "../facts/world";
import type { MatchedFact } from "../types";
import { PROMPTS } from "./catalog";
import { PromptSchema, type Prompt } from "./schema";

/** A prompt due at one element of the model. */
export interface PromptMatch {
  /** Where its answer is stored: `${promptId}@${elementId}`. */
  key: string;
  promptId: string;
  subjectId: string;
  text: string;
  hint: string;
  atlas: readonly string[];
  /** What tied it to the element: its kind, and the facts its condition read. */
  because: MatchedFact[];
  /** The condition holds for certain (else it hinges on something nobody has said yet). */
  certain: boolean;
}

interface CompiledPrompt {
  prompt: Prompt;
  root: ConditionNode | null;
}

let compiled: readonly CompiledPrompt[] | null = null;

/** The catalog, validated and compiled on first use (a bad prompt fails loudly, naming it). */
export function loadedPrompts(): readonly CompiledPrompt[] {
  if (compiled) return compiled;
  compiled = PROMPTS.map((input) => {
    const parsed = PromptSchema.safeParse(input);
    if (!parsed.success) {
      throw new Error(
        `blind-spot prompt "${String(input.id)}" is invalid: ${parsed.error.message}`,
      );
    }
    const prompt = parsed.data;
    return { prompt, root: prompt.when ? compileCondition(prompt.when).root : null };
  });
  return compiled;
}

/** Every prompt of the catalog (for names in reports of answers). */
export function allPrompts(): readonly Prompt[] {
  return loadedPrompts().map((c) => c.prompt);
}

export function promptById(id: string): Prompt | undefined {
  return loadedPrompts().find((c) => c.prompt.id === id)?.prompt;
}

function targets(prompt: Prompt, info: ElementInfo): boolean {
  const element = info.element;
  if (element.type === "trustBoundary") return false;
  const { types, mlKinds } = prompt.target;
  if (types && !types.includes(element.type)) return false;
  return !mlKinds || (element.mlKind !== null && mlKinds.includes(element.mlKind));
}

/**
 * The blind-spot prompts due in a model, element by element in document order (each element's
 * in catalog order). Out-of-scope elements get none.
 */
export function blindSpotPrompts(
  model: ThreatModel,
  world: World = deriveWorld(model),
): PromptMatch[] {
  const prompts = loadedPrompts();
  const ctx = new EvalContext(world);
  const out: PromptMatch[] = [];
  for (const info of world.elements) {
    if (info.outOfScope) continue;
    for (const { prompt, root } of prompts) {
      if (!targets(prompt, info)) continue;
      const because: MatchedFact[] = [
        {
          subjectId: info.id,
          fact: "mlKind",
          value: info.element.type === "trustBoundary" ? null : info.element.mlKind,
        },
      ];
      let certain = true;
      if (root) {
        ctx.bindElement(info);
        const reasons = ctx.reasons;
        reasons.clear();
        const truth = explainInto(root, ctx, reasons);
        if (truth === FALSE) continue;
        certain = truth !== UNKNOWN;
        for (let i = 0; i < reasons.supportCount; i++) {
          const subjectId = reasons.supportSubjects[i]!.id;
          const fact = reasons.supportFacts[i]!;
          if (because.some((b) => b.subjectId === subjectId && b.fact === fact)) continue;
          because.push({ subjectId, fact, value: reasons.supportValues[i]! });
        }
        for (let i = 0; i < reasons.unknownCount; i++) {
          const subjectId = reasons.unknownSubjects[i]!.id;
          const fact = reasons.unknownFacts[i]!;
          if (because.some((b) => b.subjectId === subjectId && b.fact === fact)) continue;
          because.push({ subjectId, fact, value: "unknown" });
        }
      }
      out.push({
        key: `${prompt.id}@${info.id}`,
        promptId: prompt.id,
        subjectId: info.id,
        text: prompt.text,
        hint: prompt.hint,
        atlas: prompt.atlas,
        because,
        certain,
      });
    }
  }
  return out;
}

/** The prompts due, grouped by the element they are asked at. */
export function promptsBySubject(matches: readonly PromptMatch[]): Map<string, PromptMatch[]> {
  const out = new Map<string, PromptMatch[]>();
  for (const match of matches) {
    const list = out.get(match.subjectId);
    if (list) list.push(match);
    else out.set(match.subjectId, [match]);
  }
  return out;
}
