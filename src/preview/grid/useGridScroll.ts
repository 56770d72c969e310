// The grid's scrolling: how far down it is and how tall the view is (which rows to draw), and keeping
// the selection's moving corner in view when it moves by keyboard or from the add-in.
import { useEffect, useLayoutEffect, useRef, useState, type UIEvent } from "react";
import type { GridExtent } from "./gridExtent";
import { scrollToShow } from "./rowWindow";
import type { CellPoint } from "./selectionPlace";
import { HEADER_HEIGHT, ROW_HEIGHT } from "./sheetLayout";

export function useGridScroll(sheet: string, focus: CellPoint, extent: GridExtent) {
  const { layout, frozenRows, frozenCols } = extent;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(0);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    setViewport(el.clientHeight);
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => setViewport(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    // Cells in frozen panes are always in view.
    // Nothing to scroll before layout (clientHeight 0).
    if (focus.row >= frozenRows && el.clientHeight > 0) {
      const sticky = HEADER_HEIGHT + frozenRows * ROW_HEIGHT;
      const top = scrollToShow(focus.row - frozenRows, el.scrollTop, el.clientHeight, ROW_HEIGHT, sticky);
      if (top !== el.scrollTop) {
        el.scrollTop = top;
        setScrollTop(top);
      }
    }
    if (focus.col >= frozenCols && el.clientWidth > 0) {
      // Offsets measured from the first scrolling column, which sits right of the frozen ones.
      const firstScrolling = layout.columnLefts[frozenCols];
      const left = layout.columnLefts[focus.col] - firstScrolling;
      const right = left + layout.columnWidths[focus.col];
      const visible = el.clientWidth - firstScrolling;
      if (left < el.scrollLeft) el.scrollLeft = left;
      else if (right > el.scrollLeft + visible) el.scrollLeft = right - visible;
    }
    // layout.columnWidths is rebuilt each render; the moving corner is what matters here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focus.row, focus.col, sheet]);

  const onScroll = (event: UIEvent<HTMLDivElement>) => setScrollTop(event.currentTarget.scrollTop);
  return { scroller, scrollTop, viewport, onScroll };
}
