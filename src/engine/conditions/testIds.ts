/**
 * Identical tests of different rules read the same fact of the same subject, so their outcome
 * is computed once per target (see `TestMemo`). Ids are process-wide and never reused.
 */
const TEST_IDS = new Map<string, number>();

export function testIdOf(
  subject: string,
  fact: string,
  operator: string,
  operand: unknown,
): number {
  const key = `${subject}|${fact}|${operator}|${JSON.stringify(operand)}`;
  let id = TEST_IDS.get(key);
  if (id === undefined) TEST_IDS.set(key, (id = TEST_IDS.size));
  return id;
}

/** How many distinct memoisable tests and quantifiers exist so far (the size a test memo needs). */
export function testCount(): number {
  return TEST_IDS.size;
}

/**
 * An id, from the same range, for a quantifier that is not inside another one's `where`: its
 * outcome depends only on the subjects bound for the target, so it too is computed once per
 * target, however many rules or explanations ask. Identical quantifiers share one.
 */
export function quantifierIdOf(quantifier: unknown): number {
  return idOf(`some|${JSON.stringify(quantifier)}`);
}

/** The same for an `all`, `any` or `not` outside every quantifier's `where`. */
export function compositeIdOf(condition: unknown): number {
  return idOf(`node|${JSON.stringify(condition)}`);
}

function idOf(key: string): number {
  let id = TEST_IDS.get(key);
  if (id === undefined) TEST_IDS.set(key, (id = TEST_IDS.size));
  return id;
}
