// What drawing one frame of the grid needs, read once per render and handed to its rows and cells.
import type { CellRect } from "./a1";
import type { GridExtent } from "./gridExtent";
import type { CellRulesLike, GridSource } from "./gridSource";
import type { GridStyles } from "./gridStyles";
import type { CellPoint } from "./selectionPlace";

export interface GridDrawing {
  source: GridSource;
  sheet: string;
  extent: GridExtent;
  styles: GridStyles;
  /** The selected range (active cell included). */
  range: CellRect;
  /** The active cell, or the top-left cell of the merged area it is in. */
  activeAnchor: CellPoint;
  /** Conditional formats and list validation; rule results are cached for the cells drawn now. */
  rulesAt: ((row: number, col: number) => CellRulesLike | undefined) | undefined;
  cellId: (row: number, col: number) => string;
  /** The hidden note an invalid cell is described by. */
  invalidNoteId: string;
  onSelectRow: (row: number, extend: boolean) => void;
}
