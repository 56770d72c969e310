// Which rows to draw: only those in view plus a margin, so a sheet of thousands of rows stays fast.

export interface RowWindow {
  /** First row drawn (0-based). */
  start: number;
  /** One past the last row drawn. */
  end: number;
}

/**
 * start = floor(scrollTop / rowHeight) − overscan, end = ceil((scrollTop + viewport) / rowHeight) + overscan,
 * clamped to [0, totalRows]. A viewport of 0 (not laid out yet) counts as `fallbackViewport` pixels.
 */
export function visibleRows(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  totalRows: number,
  overscan = 8,
  fallbackViewport = 600,
): RowWindow {
  const viewport = viewportHeight > 0 ? viewportHeight : fallbackViewport;
  const start = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(totalRows, Math.ceil((scrollTop + viewport) / rowHeight) + overscan);
  return { start, end: Math.max(start, end) };
}

/** The scrollTop that brings `row` into view, or the current one when it already is. */
export function scrollToShow(
  row: number,
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  stickyTop: number,
): number {
  const top = row * rowHeight;
  const bottom = top + rowHeight;
  const visibleHeight = Math.max(rowHeight, viewportHeight - stickyTop);
  if (top < scrollTop) return top;
  if (bottom > scrollTop + visibleHeight) return bottom - visibleHeight;
  return scrollTop;
}
