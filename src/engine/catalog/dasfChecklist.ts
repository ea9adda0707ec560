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
  /** What a "no" leaves open: the finding about the whole model it adds. */
  readonly gap: ChecklistGap;
}

/** The finding a "no" adds (our own words): what is missing and what to put in place. */
export interface ChecklistGap {
  readonly title: string;
  readonly description: string;
  readonly mitigations: readonly string[];
  /** 1-5 each, as for rules. */
  readonly likelihood: number;
  readonly impact: number;
  readonly stride?: readonly ("S" | "T" | "R" | "I" | "D" | "E")[];
  readonly linddun?: readonly ("L" | "I" | "Nr" | "D" | "DD" | "U" | "Nc")[];
}

export const DASF_CHECKLIST: readonly DasfChecklistItem[] = [
  {
    risk: "DASF-1.9@2.0",
    reason:
      "Whether data is still current is judged by its owners over time; no flow shows its age.",
    prompt:
      "Does each dataset and feature table have an owner who checks its age, and is data past its useful life refreshed or withdrawn before training or serving?",
    gap: {
      title: "Nobody checks the age of the data models learn from and decide on",
      description:
        "Datasets and feature tables have no owner who checks how current they are, and data past its useful life is neither refreshed nor withdrawn. Models then learn from, and decide on, a world that has moved on; the decline shows only in outcomes.",
      mitigations: [
        "Give every dataset and feature table an owner and a freshness limit, and alert when data passes it.",
        "Keep data past its limit out of training and serving until it is refreshed, and record which snapshot each model used.",
      ],
      likelihood: 3,
      impact: 3,
    },
  },
  {
    risk: "DASF-2.4@2.0",
    reason: "How data is split for training and evaluation is a pipeline practice no flow shows.",
    prompt:
      "Are training, validation and test partitions made by a recorded, controlled procedure that the people and sources contributing data cannot steer?",
    gap: {
      title: "Training and test splits are not made by a controlled procedure",
      description:
        "How data is partitioned into training, validation and test sets is not recorded or controlled, so the people and sources that contribute data can steer what ends up in the test set. A model can then pass its evaluation on data chosen to hide its weaknesses, or memorise records that leaked across the split.",
      mitigations: [
        "Make splits in the pipeline with a recorded, seeded procedure, and keep the test set apart from everything contributors can influence.",
        "Check each split for duplicates and leakage across partitions before training.",
      ],
      likelihood: 2,
      impact: 3,
      stride: ["T"],
    },
  },
  {
    risk: "DASF-4.2@2.0",
    reason: "Whether a governed lifecycle exists across teams is a process, not a component.",
    prompt:
      "Does every model go through one defined lifecycle, from data intake to retirement, with owners for each stage?",
    gap: {
      title: "Models do not go through one defined lifecycle with owners for each stage",
      description:
        "There is no single lifecycle from data intake to retirement that every model follows, with an owner for each stage. Models are then promoted, changed and kept running by habit: reviews are skipped, nobody retires what is obsolete, and nobody can say who is accountable for a model in production.",
      mitigations: [
        "Define the stages every model passes (data intake, training, evaluation, approval, deployment, monitoring, retirement) with an owner and an exit check for each.",
        "Keep a register of models in production with their owner, stage and review date.",
      ],
      likelihood: 3,
      impact: 3,
    },
  },
  {
    risk: "DASF-6.2@2.0",
    reason: "Whether the test data is enough is judged by people; no data flow shows it.",
    prompt:
      "Is each model evaluated on test data large and varied enough for the cases it will meet in use, including rare and adversarial ones?",
    gap: {
      title: "Models are not evaluated on test data that matches what they will meet",
      description:
        "Test data is not checked to be large and varied enough for the cases a model will meet in use, rare and adversarial ones included. A model can then look accurate while failing on the groups, conditions or attacks the test set does not contain.",
      mitigations: [
        "Set, for each model, what the test data must cover (groups, conditions, rare cases, known attacks) and block release when it does not.",
        "Report evaluation results per slice, not only overall, and add cases that failed in production to the test set.",
      ],
      likelihood: 3,
      impact: 3,
    },
  },
  {
    risk: "DASF-6.3@2.0",
    reason:
      "AI-EXPLAIN-01 asks it of the deciding model; DASF files it under evaluation, not an element.",
    prompt:
      "Is each model that decides about people evaluated, before release, for what drives its decisions, in terms the people affected and reviewers can follow?",
    gap: {
      title: "What drives the decisions of models that decide about people is not evaluated",
      description:
        "Models that decide about people are released without an evaluation of what drives their decisions, in terms the people affected and reviewers can follow. Nobody can then explain a decision, spot a model relying on a proxy for a protected trait, or answer a person who contests the outcome.",
      mitigations: [
        "Before release, evaluate which inputs drive each deciding model's outputs (globally and for individual decisions) and have a reviewer sign off that they are legitimate.",
        "Keep the explanation method with the model, so every decision can be explained on request.",
      ],
      likelihood: 3,
      impact: 3,
      linddun: ["U"],
    },
  },
  {
    risk: "DASF-7.4@2.0",
    reason:
      "Code repositories are no element kind here; protecting them is an engineering practice.",
    prompt:
      "Are the repositories of model, training and pipeline code protected: reviewed merges, protected branches, signed commits and narrowly scoped access tokens?",
    gap: {
      title: "The repositories of model, training and pipeline code are not protected",
      description:
        "Code that trains, packages and serves models can be changed without reviewed merges, protected branches, signed commits or narrowly scoped tokens. One leaked token or careless merge then changes what every model is trained on or how it is served, and nothing shows who did it.",
      mitigations: [
        "Protect the default branches of model, training and pipeline repositories: reviewed merges, required checks, signed commits.",
        "Use short-lived, narrowly scoped tokens for pipelines and review who can push and approve.",
      ],
      likelihood: 3,
      impact: 4,
      stride: ["T"],
    },
  },
  {
    risk: "DASF-11.1@2.0",
    reason: "Enforced MLOps standards are an engineering practice across every pipeline.",
    prompt:
      "Are training, testing and release of models automated the same way for every team, with checks nobody can skip?",
    gap: {
      title:
        "Training, testing and release of models are not automated the same way for every team",
      description:
        "Teams train, test and release models in their own ways, by hand in places, with checks that can be skipped. What one pipeline enforces (a signature, an evaluation gate, a scan) another lets through, and a model can reach production without any of them.",
      mitigations: [
        "Give every team one automated path from training to release, with the required checks built in and no manual bypass.",
        "Record, for every released model, which checks ran and passed.",
      ],
      likelihood: 3,
      impact: 3,
    },
  },
  {
    risk: "DASF-12.1@2.0",
    reason: "Scanning and patching is an organisational process spanning every element.",
    prompt:
      "Are the platform, its libraries, images and models scanned for known vulnerabilities, with fixes applied on a deadline?",
    gap: {
      title:
        "The platform, its libraries, images and models are not scanned and patched on a deadline",
      description:
        "Nobody scans the ML platform, its libraries, container images and model files for known vulnerabilities, or fixes what is found by a deadline. Known flaws (in a serving framework, a deserialiser, a driver) stay exploitable long after a fix exists.",
      mitigations: [
        "Scan libraries, images and model files continuously against vulnerability and malicious-package feeds.",
        "Set fix deadlines by severity, track them, and rebuild the images and models affected.",
      ],
      likelihood: 4,
      impact: 3,
      stride: ["E"],
    },
  },
  {
    risk: "DASF-12.2@2.0",
    reason: "Testing by attackers' methods is an activity planned by the organisation.",
    prompt:
      "Is the AI system penetration-tested and red-teamed (including prompt and model attacks) before release and regularly after, with a way for outsiders to report flaws?",
    gap: {
      title: "The AI system is not tested by attackers' methods before release or after",
      description:
        "The system is not penetration-tested or red-teamed, prompt and model attacks included, before release and regularly after, and outsiders have no way to report flaws they find. Weaknesses are then found by attackers first.",
      mitigations: [
        "Red-team the system before each significant release, covering prompt injection, jailbreaks, data extraction and model attacks as well as the usual web and cloud tests.",
        "Publish a way to report vulnerabilities (a security contact or bug bounty) and triage reports on a deadline.",
      ],
      likelihood: 3,
      impact: 3,
    },
  },
  {
    risk: "DASF-12.3@2.0",
    reason: "Readiness to respond is a plan and a team, not a diagram element.",
    prompt:
      "Is there an incident response plan that covers AI-specific incidents (poisoned data, leaked model, misbehaving agent) and has been rehearsed?",
    gap: {
      title: "No rehearsed incident response plan covers AI-specific incidents",
      description:
        "There is no incident response plan that covers what can go wrong with an AI system (poisoned data, a leaked or tampered model, a misbehaving agent, harmful output), or it has never been rehearsed. When one happens, nobody knows who decides, how to roll back a model or retrain it, or whom to tell.",
      mitigations: [
        "Extend the incident response plan with AI scenarios: who can pull or roll back a model, how to find the data and models affected, when to retrain, whom to notify.",
        "Rehearse it at least yearly with a tabletop exercise on one AI scenario, and fix what the exercise shows.",
      ],
      likelihood: 3,
      impact: 4,
      stride: ["R"],
    },
  },
  {
    risk: "DASF-12.5@2.0",
    reason: "Secure development practice applies to how all code is written and reviewed.",
    prompt:
      "Does the code of models, pipelines and the applications around them go through security review, dependency checks and protected branches?",
    gap: {
      title:
        "The code of models, pipelines and the applications around them is not developed securely",
      description:
        "The code of models, pipelines and the applications around them does not go through security review, dependency checks and protected branches. Vulnerable dependencies and insecure code (unsafe deserialisation, injection into prompts or queries) reach production unnoticed.",
      mitigations: [
        "Require review with security checks (static analysis, dependency and secret scanning) for every change to model, pipeline and application code.",
        "Train the people who write ML code on its specific flaws: unsafe model loading, prompt injection, data leakage.",
      ],
      likelihood: 3,
      impact: 4,
      stride: ["T"],
    },
  },
  {
    risk: "DASF-12.6@2.0",
    reason: "Meeting legal and regulatory duties is assessed for the whole system.",
    prompt:
      "Has someone mapped which laws, regulations and contracts apply to this AI system, and is there evidence that it meets them?",
    gap: {
      title:
        "Nobody has mapped which laws and contracts apply to the AI system, or shown that it meets them",
      description:
        "Which laws, regulations and contracts apply to this AI system (data protection, AI regulation, sector rules, customer terms) has not been mapped, and there is no evidence that it meets them. Obligations such as impact assessments, transparency, human oversight or record keeping are then missed until a regulator, auditor or customer asks.",
      mitigations: [
        "Map the obligations that apply to the system, with an owner for each, and keep the evidence that each is met.",
        "Review the map when the system, its data or its users change, and before entering a new market.",
      ],
      likelihood: 3,
      impact: 4,
      linddun: ["Nc"],
    },
  },
];

const byRisk = new Map<string, DasfChecklistItem>(DASF_CHECKLIST.map((item) => [item.risk, item]));

export function dasfChecklistItem(risk: string): DasfChecklistItem | undefined {
  return byRisk.get(risk);
}
