import { GENERATIVE_TOPICS } from "./generative";
import { AGENTS_TOPICS } from "./agents";
import { SERVING_TOPICS } from "./serving";
import { TRAINING_TOPICS } from "./training";
import { PRIVACY_TOPICS } from "./privacy";
import { CONVENTIONAL_TOPICS } from "./conventional";
import type { Topic } from "./topic";

export type { Topic };

/**
 * Shared matchers for threats that recur across the corpus, so every golden file means the same
 * thing by "prompt injection" or "clear text". A topic lists
 *  - `refs`: codes specific enough to identify the threat on their own;
 *  - `refsWithKeywords` / `categories`: broader codes and STRIDE / LINDDUN categories that count
 *    only together with one of the topic's `keywords` — so a generic "process trusts its input"
 *    (STRIDE T) on an LLM is not taken for prompt injection.
 * Keywords are case-insensitive regular expressions over a finding's title and description.
 */
export const TOPICS = {
  ...GENERATIVE_TOPICS,
  ...AGENTS_TOPICS,
  ...SERVING_TOPICS,
  ...TRAINING_TOPICS,
  ...PRIVACY_TOPICS,
  ...CONVENTIONAL_TOPICS,
} satisfies Record<string, Topic>;

export type TopicId = keyof typeof TOPICS;
