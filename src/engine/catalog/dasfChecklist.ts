/**
 * DASF risks that are about how an organisation works, not a property of any element a data
 * flow diagram can show. No rule can find them on a diagram, so they are offered as
 * model-level checklist items instead, and the catalog coverage lists them apart.
 *
 * `reason` says why no diagram element carries the risk; `prompt` is the checklist question
 * (a "no" leaves the risk open). Both are our own words.
 */
export interface DasfChecklistItem {
  /** DASF code, e.g. `DASF-12.3@2.0`. */
  readonly risk: string;
  readonly reason: string;
  readonly prompt: string;
}

export const DASF_CHECKLIST: readonly DasfChecklistItem[] = [
  {
    risk: "DASF-1.9@2.0",
    reason:
      "Whether data is still current is judged by its owners over time; no flow shows its age.",
    prompt:
      "Does each dataset and feature table have an owner who checks its age, and is data past its useful life refreshed or withdrawn before training or serving?",
  },
  {
    risk: "DASF-2.4@2.0",
    reason: "How data is split for training and evaluation is a pipeline practice no flow shows.",
    prompt:
      "Are training, validation and test partitions made by a recorded, controlled procedure that the people and sources contributing data cannot steer?",
  },
  {
    risk: "DASF-4.2@2.0",
    reason: "Whether a governed lifecycle exists across teams is a process, not a component.",
    prompt:
      "Does every model go through one defined lifecycle, from data intake to retirement, with owners for each stage?",
  },
  {
    risk: "DASF-6.2@2.0",
    reason: "Whether the test data is enough is judged by people; no data flow shows it.",
    prompt:
      "Is each model evaluated on test data large and varied enough for the cases it will meet in use, including rare and adversarial ones?",
  },
  {
    risk: "DASF-6.3@2.0",
    reason:
      "AI-EXPLAIN-01 asks it of the deciding model; DASF files it under evaluation, not an element.",
    prompt:
      "Is each model that decides about people evaluated, before release, for what drives its decisions, in terms the people affected and reviewers can follow?",
  },
  {
    risk: "DASF-7.4@2.0",
    reason:
      "Code repositories are no element kind here; protecting them is an engineering practice.",
    prompt:
      "Are the repositories of model, training and pipeline code protected: reviewed merges, protected branches, signed commits and narrowly scoped access tokens?",
  },
  {
    risk: "DASF-11.1@2.0",
    reason: "Enforced MLOps standards are an engineering practice across every pipeline.",
    prompt:
      "Are training, testing and release of models automated the same way for every team, with checks nobody can skip?",
  },
  {
    risk: "DASF-12.1@2.0",
    reason: "Scanning and patching is an organisational process spanning every element.",
    prompt:
      "Are the platform, its libraries, images and models scanned for known vulnerabilities, with fixes applied on a deadline?",
  },
  {
    risk: "DASF-12.2@2.0",
    reason: "Testing by attackers' methods is an activity planned by the organisation.",
    prompt:
      "Is the AI system penetration-tested and red-teamed (including prompt and model attacks) before release and regularly after, with a way for outsiders to report flaws?",
  },
  {
    risk: "DASF-12.3@2.0",
    reason: "Readiness to respond is a plan and a team, not a diagram element.",
    prompt:
      "Is there an incident response plan that covers AI-specific incidents (poisoned data, leaked model, misbehaving agent) and has been rehearsed?",
  },
  {
    risk: "DASF-12.5@2.0",
    reason: "Secure development practice applies to how all code is written and reviewed.",
    prompt:
      "Does the code of models, pipelines and the applications around them go through security review, dependency checks and protected branches?",
  },
  {
    risk: "DASF-12.6@2.0",
    reason: "Meeting legal and regulatory duties is assessed for the whole system.",
    prompt:
      "Has someone mapped which laws, regulations and contracts apply to this AI system, and is there evidence that it meets them?",
  },
];

const byRisk = new Map<string, DasfChecklistItem>(DASF_CHECKLIST.map((item) => [item.risk, item]));

export function dasfChecklistItem(risk: string): DasfChecklistItem | undefined {
  return byRisk.get(risk);
}
