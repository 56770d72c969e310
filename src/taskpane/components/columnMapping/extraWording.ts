// What a column feeding no register field becomes, in the words of where the rows go: a sheet keeps it as
// an extra column, an import of a file's rows leaves it.

export interface ExtraWording {
  /** The option of a column feeding no field. */
  label: string;
  /** Said of such a column. */
  hint: string;
  /** Said of the columns the person leaves so. */
  left: string;
  /** Said of a required column nothing feeds (default: added empty, each row a problem). */
  missing?: (header: string) => string;
  /** Rows read into something else than a table (a file's calls): no columns are added on the right. */
  noAddedColumns?: boolean;
}

export const KEPT_AS_EXTRA: ExtraWording = {
  label: "Keep as extra column",
  hint: "no register column: kept as an extra column with all its values",
  left: "kept as extra columns with all their values",
};
