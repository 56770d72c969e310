// The queue-level primitives every action that writes register rows is composed of, inside its one
// Excel.run (what each does and how they compose: README.md in this folder).
export {
  columnBody,
  headerOf,
  queueColumns,
  queueKeyColumns,
  requireColumns,
  requireNoTotals,
} from "./columns";
export { readColumnsChunked } from "./columnsChunked";
export {
  cellColumns,
  changedSpans,
  MAX_GAP_COLUMNS,
  planCells,
  queueCellWrites,
  queueWriteAt,
  type CellWrite,
  type RowCells,
  type SkippedCell,
  type Span,
} from "./cells";
export {
  findText,
  putBackBlock,
  queueBlockByKey,
  queueChangesByKey,
  queueWriteByKey,
  type QueuedBlockWrite,
  type QueuedKeyWrite,
} from "./writeByKey";
export {
  APPEND_CHUNK_BYTES,
  appendChunks,
  queueAppend,
  queueAppendRead,
  type AppendOutcome,
  type AppendReadOptions,
  type AppendRow,
  type AppendState,
  type QueuedAppend,
  type SettleOptions,
} from "./append";
