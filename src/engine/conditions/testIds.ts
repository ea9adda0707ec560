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

/** How many distinct memoisable tests exist so far (the size a test memo needs). */
export function testCount(): number {
  return TEST_IDS.size;
}
