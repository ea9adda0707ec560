import type { ElementInfo } from "./world";

/**
 * Who can reach an element, in words a finding can use: "anyone on the internet", "internet
 * users who pass authentication on the way", "customers with accounts, behind a rate limit". The
 * wording follows the derived reach facts, so a text never claims more than the premise.
 */
export function describeExposure(info: ElementInfo): string {
  const reach = info.reach;
  if (reach.publicReach.value === "no") return "callers inside the organisation";
  const anonymous = reach.anonymousReach.value === "yes";
  const unauthenticated = reach.publicUnauthReach.value;
  let who: string;
  if (anonymous && unauthenticated === "yes") who = "anyone on the internet";
  else if (anonymous && unauthenticated === "no") {
    who = "internet users who pass authentication on the way";
  } else if (anonymous) who = "callers from the internet";
  else if (reach.publicReach.value === "yes") who = "customers with accounts";
  else who = "callers who may include outsiders";
  return reach.publicUnlimitedReach.value === "no" ? (BEHIND_RATE_LIMIT[who] ?? who) : who;
}

// Built once: this runs for every element and flow of every evaluation.
const BEHIND_RATE_LIMIT: Readonly<Record<string, string>> = Object.fromEntries(
  [
    "anyone on the internet",
    "internet users who pass authentication on the way",
    "callers from the internet",
    "customers with accounts",
    "callers who may include outsiders",
  ].map((who) => [who, `${who}, behind a rate limit`]),
);
