import {
  any,
  fedByOutsiders,
  is,
  isIn,
  otherIsReceivingParty,
  some,
  thirdPartyContentReaches,
} from "../rules/packs/ai/conditions";
import type { PromptInput } from "./schema";

/**
 * The blind-spot prompts: what experts ask at AI components and teams tend not to, each tied to
 * what is drawn (an ML kind, and where it matters, what the engine derives: who can reach it,
 * whose data reaches it, where its output goes). Our own words. Order matters: at an element
 * with several, they are asked in this order.
 */
export const PROMPTS: readonly PromptInput[] = [
  // ---- data ----------------------------------------------------------------------------------
  {
    id: "training-data-tampering",
    target: { types: ["dataStore"], mlKinds: ["training-data-store"] },
    text: "What happens if someone modifies the training data?",
    hint: "Who and what can write here besides the flows drawn: ingest jobs, labelers, notebooks, a bucket shared too widely? Would an added or changed record be noticed before the next training run: are snapshots versioned and hashed, and can each model be traced to the exact data it learned from? How few records would it take to change what the model does for one chosen input?",
    atlas: ["AML.T0020", "AML.T0059", "AML.T0019"],
  },
  {
    id: "feature-value-tampering",
    target: { types: ["dataStore"], mlKinds: ["feature-store"] },
    text: "If someone could change one feature value, which live predictions would it move?",
    hint: "Features are read at prediction time, often from streams and joins that several teams write. Who can write to the online store? Is there a check that serving features look like the ones the model was trained on, and would a shifted value for one customer, merchant or device be seen by anyone?",
    atlas: ["AML.T0059", "AML.T0043"],
  },
  {
    id: "labeler-steering",
    target: { types: ["process"], mlKinds: ["labeling-tool"] },
    text: "What stops a single labeler from steering what the model learns?",
    hint: "Who labels (staff, contractors, a crowd), and does anyone review a sample of their work or compare labelers on the same items? Would labels that are consistently wrong for one class, one customer or one trigger pattern be caught before training?",
    atlas: ["AML.T0020", "AML.T0059"],
  },
  // ---- training and the model's way to production ----------------------------------------------
  {
    id: "training-job-credentials",
    target: { types: ["process"], mlKinds: ["training-job"] },
    text: "What credentials does a training job have access to?",
    hint: "Training jobs often run with a cloud role that reads every bucket, a token that can push to the model registry, package and model hub tokens, and experiment tracker keys, while running code from third-party packages and the data pipeline. Which of these could a malicious dependency use? Are they scoped to this job and short-lived?",
    atlas: ["AML.T0055", "AML.T0010.001", "AML.T0011.001"],
  },
  {
    id: "model-swap",
    target: { types: ["dataStore"], mlKinds: ["model-registry", "model-artifact-store"] },
    when: { subject: "element", fact: "integrityVerified", isNot: "yes" },
    text: "Could someone replace the model between training and serving without anyone noticing?",
    hint: "Who can push a new version or overwrite a file? Does serving check a signature or digest recorded when the model was trained and evaluated, or only a version label? Would an unexpected version be caught by the promotion process, or first by users? Some formats (pickle) run code as they load.",
    atlas: ["AML.T0018", "AML.T0010.003", "AML.T0011.000"],
  },
  {
    id: "hub-model-loading",
    target: { types: ["externalEntity"], mlKinds: ["model-hub"] },
    when: some({ from: "downstream", hops: 1 }),
    text: "What runs when a model from this hub is loaded?",
    hint: "Pickle-based files execute code when they are opened; a repository can change under the same name; names and model cards can imitate a known publisher. Are downloads pinned to a digest, scanned, converted to a format that cannot run code, and loaded where a surprise cannot reach credentials?",
    atlas: ["AML.T0010.003", "AML.T0011.000", "AML.T0058"],
  },
  {
    id: "federated-crafted-update",
    target: { types: ["process"], mlKinds: ["federated-aggregator"] },
    text: "What happens if one client sends a crafted update?",
    hint: "Could a single client's update change what the global model does for a chosen input? Are updates clipped, checked against the others, or combined with a rule that tolerates outliers? And what could the server, or another client, learn about one client's data from its updates?",
    atlas: ["AML.T0020", "AML.T0018.000"],
  },
  // ---- serving --------------------------------------------------------------------------------
  {
    id: "model-query-learning",
    target: { types: ["process"], mlKinds: ["inference-endpoint", "llm", "embedding-model"] },
    // Asked too when nobody has said who can reach it: that is the blind spot.
    when: any(is("element", "publicReach", "yes"), is("element", "insiderReach", "yes")),
    text: "What can be learned by querying the model thousands of times?",
    hint: "Enough of its behaviour to train a copy; whether a particular record was in its training data; pieces of that data, for a model that memorises; its hidden instructions; the inputs that fool it. What do per-caller quotas allow in a day, how much does each answer return (a label, scores, token probabilities), and would anyone notice one caller sweeping the input space?",
    atlas: ["AML.T0024.002", "AML.T0024.000", "AML.T0024.001", "AML.T0040"],
  },
  {
    id: "model-output-exfiltration",
    target: {
      types: ["process"],
      mlKinds: ["inference-endpoint", "llm", "embedding-model", "agent"],
    },
    // Its output reaches someone outside: an outside party that receives what it is sent.
    when: some({
      from: "downstream",
      hops: 3,
      target: { types: ["externalEntity"] },
      where: otherIsReceivingParty,
    }),
    text: "Can a compromised model exfiltrate data through its outputs?",
    hint: "If its weights or instructions were swapped, what does the model see that it could hide in ordinary-looking answers: other users' requests, retrieved documents, secrets in its context? Does anything between the model and the outside check its output for data that must not leave, for links and images that fetch addresses, or for odd encodings?",
    atlas: ["AML.T0024", "AML.T0057", "AML.T0018"],
  },
  {
    id: "output-downstream-effect",
    target: { types: ["process"], mlKinds: ["llm", "agent"] },
    when: isIn("element", "outputHandling", ["rendered", "executed"]),
    text: "What is the worst output the model could produce here, and what would it do downstream?",
    hint: "Rendered output can carry links, images and markup that send data out or act in the reader's session; executed output (code, queries, commands) runs with the rights of whatever executes it. Does everything that consumes the output treat it as untrusted input?",
    atlas: ["AML.T0077", "AML.T0050", "AML.T0067"],
  },
  // ---- LLM context and agents -----------------------------------------------------------------
  {
    id: "untrusted-instructions",
    target: { types: ["process"], mlKinds: ["llm", "agent"] },
    when: any(thirdPartyContentReaches, fedByOutsiders),
    text: "Which content the model reads could carry instructions from someone else?",
    hint: "Web pages, e-mails, tickets, uploaded files, retrieved documents, tool results and other agents' answers all reach the context as text. Would the model follow an instruction hidden in one of them, and what could it do with its permissions if it did?",
    atlas: ["AML.T0051.001", "AML.T0066", "AML.T0093"],
  },
  {
    id: "agent-tool-worst-case",
    target: { types: ["process"], mlKinds: ["agent"] },
    when: some({ from: "neighbours", target: { mlKinds: ["agent-tool", "mcp-server"] } }),
    text: "If someone talked the agent into it, what is the worst its tools would let it do?",
    hint: "Go by the tools' real permissions, not their descriptions: can any of them send data out (mail, web requests, tickets), pay, delete, deploy or call other agents? Which actions wait for a person's approval, and does the approver see exactly what will run?",
    atlas: ["AML.T0053", "AML.T0086", "AML.T0101"],
  },
  {
    id: "agent-memory-poisoning",
    target: { types: ["process"], mlKinds: ["agent"] },
    // A store it writes and reads back: its memory.
    when: some({ from: "roundTrip", hops: 2, target: { types: ["dataStore"] } }),
    text: "What would a planted memory entry make the agent do in a later session?",
    hint: "Who can get text into the memory: any user, tool results, pages the agent read? Is memory kept per user or shared, is an entry read back as data or as instructions, and can a bad entry be found and removed?",
    atlas: ["AML.T0080.000", "AML.T0080"],
  },
  {
    id: "tool-acting-identity",
    target: { types: ["process"], mlKinds: ["agent-tool", "mcp-server"] },
    when: { subject: "element", fact: "changesState", isNot: "no" },
    text: "Whose permissions does this tool act with: the user's, or its own?",
    hint: "A tool holding its own broad service credentials lets anyone who can steer the agent act beyond their own rights. Does the tool receive the end user's identity and check it for each call, and are its credentials limited to what this tool needs?",
    atlas: ["AML.T0053", "AML.T0098"],
  },
  {
    id: "approval-persuasion",
    target: { types: ["externalEntity"], mlKinds: ["human-reviewer"] },
    text: "What does the reviewer see before approving, and could the model's output talk them into it?",
    hint: "People approving dozens of actions an hour approve nearly all of them. Do reviewers see the exact action and its arguments, where the request came from, and any text a third party put in front of the model?",
  },
  // ---- retrieval ------------------------------------------------------------------------------
  {
    id: "retrieval-permissions",
    target: { types: ["dataStore"], mlKinds: ["vector-store"] },
    when: { subject: "element", fact: "enforcesDocumentPermissions", isNot: "yes" },
    text: "Can someone get an answer drawn from a document they may not open themselves?",
    hint: "Retrieval usually runs with the index's own credentials. Are the source systems' permissions copied into the index, checked on every query, and updated when someone loses access? What happens to documents whose permissions were never set?",
    atlas: ["AML.T0085.000", "AML.T0057"],
  },
  {
    id: "retrieval-planting",
    target: { types: ["dataStore"], mlKinds: ["vector-store"] },
    when: any(is("element", "publicInfluence", "yes"), is("element", "insiderInfluence", "yes")),
    text: "Who can add a document that later answers will draw on?",
    hint: "Anyone who can edit a wiki page, share a file into an indexed folder or open a ticket may be writing to this index. Would a planted document be noticed, and could it outrank the genuine ones for the questions that matter?",
    atlas: ["AML.T0070", "AML.T0071", "AML.T0066"],
  },
  // ---- outside AI services ----------------------------------------------------------------------
  {
    id: "provider-data-use",
    target: { types: ["externalEntity"], mlKinds: ["third-party-ai-api"] },
    when: some({ from: "neighbours" }),
    text: "What do you send to the provider, and what may they keep or learn from it?",
    hint: "Prompts, retrieved documents and users' data leave your control here. What do the contract and the account settings say about retention, training on your data, logging and where it is processed? Would anyone notice if the provider changed the model behind the same name?",
    atlas: ["AML.T0010.003", "AML.T0057"],
  },
];
