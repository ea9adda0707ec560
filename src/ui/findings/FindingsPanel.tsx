import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from "react";
import { useReactFlow } from "@xyflow/react";
import type { Finding } from "../../engine/types";
import { editorStore, useEditor } from "../../store/editorStore";
import { setPrefs, usePrefs } from "../shell/prefsStore";
import { countFindings } from "./counts";
import { inScope, NO_FILTER, questionsInScope, type FindingsFilter } from "./filters";
import { type GroupMode } from "./grouping";
import { buildTargetIndex, revealNodeIds, selectionFor, targetLabel } from "./targets";
import { useEngineStatus } from "./evaluation";
import { FindingsBody } from "./FindingsBody";
import { PanelCounts } from "./PanelCounts";
import { ScopeSwitch } from "./ScopeSwitch";
import { useThreats } from "./useFindings";
import { preloadTriageCommands } from "../triage/lazyCommands";
import { handleTriageKey } from "../triage/listKeys";
import { OfferBanner } from "../triage/OfferBanner";
import { UserNameDialog } from "../triage/UserNameDialog";
import "./findings.css";
import "../triage/triage.css";

const PAGE_SIZE = 200;
const NO_ELEMENTS = { elements: [], flows: [] };

/**
 * The Threats tab of the side panel: the findings of the live evaluation (with the model's
 * custom threats and the team's scores and statuses), for the whole model or for the selection
 * (the user chooses, and the counts say which), with grouping, search, a filter menu and the
 * triage controls. It subscribes to the evaluation (which changes only when elements or flows
 * do) and to the selection; drag frames never re-render it.
 */
export function FindingsPanel() {
  const evaluation = useThreats();
  const engine = useEngineStatus();
  const elements = useEditor((s) => s.doc?.elements);
  const flows = useEditor((s) => s.doc?.flows);
  const selection = useEditor((s) => s.selection);
  const scope = usePrefs((s) => s.threatScope);
  const reactFlow = useReactFlow();

  const [filter, setFilter] = useState<FindingsFilter>(NO_FILTER);
  const [groupMode, setGroupMode] = useState<GroupMode>("element");
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const [limit, setLimit] = useState(PAGE_SIZE);
  /** A selection the panel made itself (by opening a finding): it does not change the list. */
  const [ignored, setIgnored] = useState<readonly string[] | null>(null);
  const [listedSelection, setListedSelection] = useState<readonly string[]>(selection);
  const [prevSelection, setPrevSelection] = useState(selection);
  if (prevSelection !== selection) {
    setPrevSelection(selection);
    const own = ignored !== null && sameIds(ignored, selection);
    if (!own) {
      setIgnored(null);
      setListedSelection(selection);
    }
  }

  // The panel is up: the triage code comes while the app is idle, before the first decision.
  useEffect(preloadTriageCommands, []);

  const index = useMemo(
    () => buildTargetIndex(elements && flows ? { elements, flows } : NO_ELEMENTS),
    [elements, flows],
  );

  const focusIds = useMemo(
    () => (scope === "selection" ? listedSelection.filter((id) => index.has(id)) : null),
    [scope, listedSelection, index],
  );
  const scoped = useMemo(() => inScope(evaluation.findings, focusIds), [evaluation, focusIds]);
  const questionCount = useMemo(
    () => questionsInScope(evaluation.questions, focusIds).length,
    [evaluation, focusIds],
  );
  const counts = useMemo(() => countFindings(scoped, questionCount), [scoped, questionCount]);

  const sectionRef = useRef<HTMLElement>(null);
  const headingId = useId();

  const onActivate = useCallback(
    (finding: Finding) => {
      const ids = selectionFor(finding, index);
      setIgnored(ids);
      editorStore.getState().select(ids);
      const nodes = revealNodeIds(finding, index);
      const options = { duration: 300, padding: 0.5, maxZoom: 1.2 };
      void (nodes.length > 0
        ? reactFlow.fitView({ ...options, nodes: nodes.map((id) => ({ id })) })
        : reactFlow.fitView({ duration: 300, padding: 0.08 }));
    },
    [index, reactFlow],
  );

  const onToggle = useCallback((id: string) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);

  const updateFilter = useCallback((next: FindingsFilter) => {
    setFilter(next);
    setLimit(PAGE_SIZE);
  }, []);

  /** The scope changed (from the switch here, or in another tab): list what is selected now. */
  const onScope = useCallback(() => {
    setListedSelection(editorStore.getState().selection);
    setIgnored(null);
    setLimit(PAGE_SIZE);
  }, []);
  const [prevScope, setPrevScope] = useState(scope);
  if (prevScope !== scope) {
    setPrevScope(scope);
    onScope();
  }
  const listScope = useCallback(
    (next: "model" | "selection") => setPrefs({ threatScope: next }),
    [],
  );

  const findingById = useMemo(() => {
    const byId = new Map(evaluation.findings.map((f) => [f.id, f]));
    return (id: string) => byId.get(id);
  }, [evaluation]);

  /** Keys pressed in the panel stay in the panel: Delete must not delete the selected node. */
  const keepKeys = (event: KeyboardEvent<HTMLElement>) => {
    if (handleTriageKey(event, sectionRef.current, findingById)) return;
    const target = event.target as HTMLElement;
    if (target.closest("input, select, textarea")) return;
    if (event.key === "Delete" || event.key === "Backspace") event.preventDefault();
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      const row = target.closest<HTMLElement>("[data-finding-row]");
      if (!row) return;
      event.preventDefault();
      const rows = [
        ...(sectionRef.current?.querySelectorAll<HTMLElement>("[data-finding-row]") ?? []),
      ];
      const at = rows.indexOf(row);
      rows[event.key === "ArrowDown" ? at + 1 : at - 1]?.focus();
    }
  };

  const selectionLabel =
    focusIds !== null && focusIds.length > 0 ? targetLabel(focusIds, index) : null;
  return (
    <section
      ref={sectionRef}
      className="tc-findings"
      aria-labelledby={headingId}
      onKeyDown={keepKeys}
    >
      <h2 id={headingId} className="tc-visually-hidden">
        Threats
      </h2>
      <OfferBanner />
      <UserNameDialog />
      <FindingsBody
        findings={scoped}
        allFindings={evaluation.findings}
        index={index}
        filter={filter}
        onFilter={updateFilter}
        groupMode={groupMode}
        onGroupMode={setGroupMode}
        expanded={expanded}
        onToggle={onToggle}
        onActivate={onActivate}
        focusIds={focusIds}
        selected={scope === "model" ? selection.filter((id) => index.has(id)) : []}
        onOnlySelection={() => listScope("selection")}
        onShowAll={() => listScope("model")}
        limit={limit}
        onShowMore={() => setLimit((l) => l + PAGE_SIZE)}
        scopeSwitch={<ScopeSwitch selectionLabel={selectionLabel} />}
        counts={
          engine.ready ? (
            <PanelCounts
              counts={counts}
              filter={filter}
              onFilter={updateFilter}
              scopeLabel={
                focusIds === null
                  ? "Whole model"
                  : focusIds.length === 0
                    ? "Nothing selected"
                    : targetLabel(focusIds, index)
              }
            />
          ) : (
            <span role={engine.error ? "alert" : "status"}>
              {engine.error ?? "Loading the threat engine…"}
            </span>
          )
        }
      />
    </section>
  );
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
