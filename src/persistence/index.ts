export {
  createDatabase,
  getDefaultDatabase,
  DEFAULT_DB_NAME,
  ThreatCanvasDb,
  type CreateDatabaseOptions,
  type ModelSummary,
} from "./db";
export {
  ModelRepository,
  type CreateResult,
  type DuplicateResult,
  type LoadResult,
  type MetadataPatch,
  type ModelChange,
  type ModelRepositoryOptions,
  type SaveResult,
  type SetAsideRecord,
  type UpdateResult,
} from "./modelRepository";
export {
  AutosaveController,
  type AutosaveErrorKind,
  type AutosaveOptions,
  type AutosaveRepository,
  type AutosaveState,
  type AutosaveStatus,
  type ConflictResolution,
} from "./autosave";
export {
  TabSync,
  TAB_CHANNEL_NAME,
  broadcastChannelFactory,
  type ChannelFactory,
  type TabChannel,
  type TabMessage,
  type TabSyncEvent,
  type TabSyncOptions,
} from "./tabSync";
export { onPageHidden } from "./pageLifecycle";
export {
  PersistenceError,
  classifyError,
  describeError,
  toPersistenceError,
  type PersistenceErrorKind,
} from "./errors";
export {
  clearChangesDraft,
  clearMemoryDraft,
  discardAllDrafts,
  discardDraft,
  draftKeyPrefixes,
  listDrafts,
  mirroredStorage,
  pageDraftStorage,
  readMemoryDraft,
  writeChangesDraft,
  writeMemoryDraft,
  writeTypingDraft,
  type DraftStorage,
  type TypedText,
  type UnloadDraft,
} from "./unloadDraft";
export { claimTabId, type TabLiveness } from "./tabLiveness";
export { DurableDrafts, type DraftRows } from "./durableDrafts";
