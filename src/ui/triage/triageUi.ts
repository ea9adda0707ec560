/**
 * Everything of triage the first screen does not show, as one chunk loaded on demand (and
 * fetched while the app is idle, see lazyCommands): the decision editor, the views, menus and
 * dialogs, and the commands with the triage domain. One chunk rather than one per piece: the
 * pieces share most of their code, and the bundler would split what they share into many small
 * chunks the first screen then loads too.
 */
export { default as BulkBody } from "./BulkBody";
export { CustomThreatDialog } from "./CustomThreatForm";
export { default as DecisionEditor } from "./DecisionEditor";
export { default as NameForm } from "./NameForm";
export { default as OfferBody } from "./OfferBody";
export { default as OtherViews } from "./OtherViews";
export { default as StatusPopup } from "./StatusPopup";
export { triageCommands } from "../../store/triageCommands";
