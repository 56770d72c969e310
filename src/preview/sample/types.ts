// One sheet of the sample workbook: rows from A1 (first row = headers) and number formats by column.

export interface SampleSheet {
  name: string;
  /** Header row first; `null` leaves a cell empty. */
  rows: (string | number | boolean | null)[][];
  /** Number formats for whole data columns, by header text (rows 2…last). */
  columnFormats: Record<string, string>;
}
