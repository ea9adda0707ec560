import type { CompiledRule } from "./compiledRules";
import type { Gathered } from "./gathered";
import type { Outcomes } from "./outcomes";

/**
 * The ids a merged finding also goes by: the primary's own aliases, then each other member's id
 * and aliases, in priority order, each once and never the primary's id.
 */

/**
 * Whether the aliases of these findings can be told apart by rule id: every member is on the
 * same targets as the primary, and none has ids of retired rules. Each alias is then a rule id
 * followed by the targets' common suffix (rule ids contain no "@"), so comparing rule ids
 * compares the aliases, without comparing (and so flattening) the concatenated strings.
 */
export function aliasesByRule(outcomes: Outcomes, members: readonly number[]): boolean {
  const frame = outcomes.frames[members[0]!]!;
  for (let m = 0; m < members.length; m++) {
    if (outcomes.rules[members[m]!]!.rule.replaces.length > 0) return false;
    if (outcomes.frames[members[m]!]! !== frame) return false;
  }
  return true;
}

/** Adds a member's id and aliases unless listed, or the primary's id. */
export function addAliases(
  aliases: Gathered<string>,
  primaryId: string,
  id: string,
  memberAliases: readonly string[],
): void {
  if (id !== primaryId && !aliases.has(id)) aliases.push(id);
  for (let a = 0; a < memberAliases.length; a++) {
    const alias = memberAliases[a]!;
    if (alias !== primaryId && !aliases.has(alias)) aliases.push(alias);
  }
}

/**
 * `addAliases` where `aliasesByRule` holds: `heads` lists the rule id of each alias so far (it
 * starts as the primary's `siblingIds`), and a member's aliases are its siblings' ids followed by
 * `suffix`; the strings are made only for what is added.
 */
export function addAliasesByRule(
  aliases: Gathered<string>,
  heads: Gathered<string>,
  primary: CompiledRule,
  compiled: CompiledRule,
  id: string,
  suffix: string,
): void {
  const own = compiled.rule.id;
  if (own !== primary.rule.id && !heads.has(own)) {
    aliases.push(id);
    heads.push(own);
  }
  const siblings = compiled.siblingIds;
  for (let a = 0; a < siblings.length; a++) {
    const head = siblings[a]!;
    if (head === primary.rule.id || heads.has(head)) continue;
    aliases.push(head + suffix);
    heads.push(head);
  }
}
