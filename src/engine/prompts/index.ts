/** Blind-spot prompts for the guided walk: a catalog as data, and where a model is due them. */
export { PROMPTS } from "./catalog";
export { PromptSchema, type Prompt, type PromptInput } from "./schema";
export {
  allPrompts,
  blindSpotPrompts,
  promptById,
  promptsBySubject,
  type PromptMatch,
} from "./match";
