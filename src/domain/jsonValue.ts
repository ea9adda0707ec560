import { formatPath } from "./validation";

/**
 * Is a value plain JSON data? A document read from a file always is; one read from IndexedDB
 * need not be: the structured clone keeps BigInts, Dates, Maps, cycles and sparse arrays. The
 * schema checks the fields it knows, but keys it does not know are kept as they are, so such a
 * value would open and then break every JSON export ("Do not know how to serialize a BigInt",
 * "Converting circular structure", a stack overflow on deep nesting). And `__proto__` as a key
 * would set the parsed object's prototype instead of being kept.
 *
 * Walks iteratively (deep nesting must not overflow our stack either) and stops at the first
 * `maxProblems` problems, each with the path of the offending value.
 */

export interface JsonProblem {
  path: (string | number)[];
  message: string;
}

export const MAX_NESTING = 64;

export function jsonValueProblems(value: unknown, maxProblems = 8): JsonProblem[] {
  const problems: JsonProblem[] = [];
  const onPath = new Set<object>();
  // Depth-first; an "exit" entry takes its object off the current path (cycles vs shared refs).
  type Entry = { value: unknown; path: (string | number)[] } | { exit: object };
  const stack: Entry[] = [{ value, path: [] }];
  const report = (path: (string | number)[], message: string) => problems.push({ path, message });

  while (stack.length > 0 && problems.length < maxProblems) {
    const entry = stack.pop()!;
    if ("exit" in entry) {
      onPath.delete(entry.exit);
      continue;
    }
    const { value: current, path } = entry;
    const problem = scalarProblem(current);
    if (problem !== null) {
      report(path, problem);
      continue;
    }
    if (typeof current !== "object" || current === null) continue;
    if (onPath.has(current)) {
      report(path, "refers back to an object that contains it (a cycle)");
      continue;
    }
    if (path.length >= MAX_NESTING) {
      report(path, `is nested more than ${MAX_NESTING} levels deep`);
      continue;
    }
    const kind = objectKind(current);
    if (kind !== null) {
      report(path, `is ${kind}, not JSON data`);
      continue;
    }
    onPath.add(current);
    stack.push({ exit: current });
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) {
        if (!(i in current)) report([...path, i], "is an empty slot of an array");
        else stack.push({ value: current[i], path: [...path, i] });
      }
    } else {
      const keys = Object.keys(current);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        if (key === "__proto__") {
          report(
            [...path, key],
            'cannot be a key ("__proto__" would replace the object\'s prototype)',
          );
          continue;
        }
        const child = (current as Record<string, unknown>)[key];
        // JSON has no undefined; a missing value is a missing key, as JSON.stringify writes it.
        if (child !== undefined) stack.push({ value: child, path: [...path, key] });
      }
    }
  }
  return problems.slice(0, maxProblems);
}

function scalarProblem(value: unknown): string | null {
  switch (typeof value) {
    case "bigint":
      return `is a BigInt (${value.toString()}), not a JSON number`;
    case "number":
      return Number.isFinite(value) ? null : `is ${String(value)}, not a JSON number`;
    case "function":
      return "is a function, not JSON data";
    case "symbol":
      return "is a symbol, not JSON data";
    case "undefined":
      return "is undefined, not JSON data";
    default:
      return null;
  }
}

/** What a non-plain object is ("a Date", "a Map"), or null for a plain object or array. */
function objectKind(value: object): string | null {
  if (Array.isArray(value)) return null;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) return null;
  const name = Object.prototype.toString.call(value).slice(8, -1);
  return `a ${name === "Object" ? "class instance" : name}`;
}

/** One line per problem, the same shape as schema errors: `elements[0].extra: is a BigInt …`. */
export function formatJsonProblems(problems: readonly JsonProblem[]): string[] {
  return problems.map((p) => {
    // A path 60 levels deep says no more than its first ten steps do.
    const path = p.path.length > 12 ? `${formatPath(p.path.slice(0, 10))}…` : formatPath(p.path);
    return path ? `${path}: ${p.message}` : `the document ${p.message}`;
  });
}
