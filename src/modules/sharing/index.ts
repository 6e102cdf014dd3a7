export { type Explanation, explainAccess } from './explain.service.ts';
export {
  type AccessLevel,
  INFORMATION_ACCURACIES,
  levelOfRank,
  levelRank,
  SHARED_RECORD_KINDS,
  SHARING_LEVELS,
  type SharedRecordKind,
  type SharingLevel,
  SOURCE_RELIABILITIES,
} from './levels.ts';
export {
  BUILT_RECORD_KINDS,
  type BuiltRecordKind,
  findRecordAccess,
  isBuiltRecordKind,
  mapRecordLevels,
  type RecordFacts,
} from './record-kinds.ts';
export { sharedRecordColumns, sharedRecordIndexes } from './shared-record.columns.ts';
export { presentHandling } from './sharing.presenter.ts';
export { sharingRoutes } from './sharing.routes.ts';
export { Grading, Handling } from './sharing.schemas.ts';
export {
  type Participation,
  readRecordAccess,
  revokeShare,
  shareRecord,
  syncParticipantShares,
} from './sharing.service.ts';
export {
  accessRank,
  addressedTo,
  effectiveClearance,
  readableClassifications,
  type Viewer,
  viewerOf,
  visibleTo,
} from './visibility.ts';
