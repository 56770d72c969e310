// The grid's rows, virtualised: frozen rows always, then only the rows in view, with spacer rows
// standing in for the rest so the scroll height stays that of the whole sheet.
import type { GridDrawing } from "./gridDrawing";
import { GridRow } from "./GridRow";
import type { RowWindow } from "./rowWindow";
import { ROW_HEIGHT } from "./sheetLayout";

export interface GridBodyProps {
  drawing: GridDrawing;
  /** The rows in view, frozen rows counted (so `start` is at least the number of frozen rows). */
  view: RowWindow;
}

const drawRows = (drawing: GridDrawing, from: number, to: number) => {
  const out = [];
  for (let r = from; r < to; r++) out.push(<GridRow key={r} drawing={drawing} r={r} from={from} to={to} />);
  return out;
};

export function GridBody({ drawing, view }: GridBodyProps) {
  const { frozenRows, totalRows, totalCols } = drawing.extent;
  const { styles } = drawing;
  return (
    <tbody>
      {drawRows(drawing, 0, frozenRows)}
      {view.start > frozenRows && (
        <tr aria-hidden="true" style={{ height: `${(view.start - frozenRows) * ROW_HEIGHT}px` }}>
          <td className={styles.spacer} colSpan={totalCols + 1} />
        </tr>
      )}
      {drawRows(drawing, view.start, view.end)}
      {view.end < totalRows && (
        <tr aria-hidden="true" style={{ height: `${(totalRows - view.end) * ROW_HEIGHT}px` }}>
          <td className={styles.spacer} colSpan={totalCols + 1} />
        </tr>
      )}
    </tbody>
  );
}
