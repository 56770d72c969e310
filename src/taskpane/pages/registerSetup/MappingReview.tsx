// The proposed header mapping, for the person to confirm: each sheet column → a register column (or kept
// as an extra column), how it was matched, and which required columns nothing feeds.
import { useId } from "react";
import { Button, Dropdown, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import { Notice } from "../../components/Notice";
import { isCalculated } from "../../../core/registers/columnDefaults";
import { columnLetter } from "../../../core/registers/headerText";
import type { MatchConfidence } from "../../../core/registers/matchHeaders";
import type { RegisterDef } from "../../../core/registers/types";
import type { Inspection } from "./setupApi";

const EXTRA = "__extra__";

const HOW: Record<MatchConfidence, string> = {
  exact: "same header",
  alias: "matched by a usual name for it",
  fuzzy: "close spelling: please check",
  content: "matched by its values: please check",
  manual: "chosen by you",
};

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalS },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalM,
  },
  notes: { margin: `${tokens.spacingVerticalS} 0`, paddingLeft: tokens.spacingHorizontalL },
  dropdown: { minWidth: 0, width: "100%" },
});

/** Register columns nothing feeds, given a mapping: required ones first (key columns with IDs excepted). */
export function unmapped(def: RegisterDef, mapping: readonly (string | null)[]) {
  const used = new Set(mapping.filter((k): k is string => k !== null));
  const missing = def.columns.filter((c) => !isCalculated(c) && !used.has(c.key));
  const generated = (key: string) => key === def.keyColumn && def.idPrefix !== undefined;
  return {
    required: missing.filter((c) => c.required && !generated(c.key)),
    added: missing,
  };
}

export interface MappingReviewProps {
  def: RegisterDef;
  inspection: Inspection;
  onGoTo: (address: string) => void;
  mapping: (string | null)[];
  onChange: (mapping: (string | null)[]) => void;
  onConfirm: () => void;
  onCancel: () => void;
  busy: boolean;
}

export function MappingReview({
  def,
  inspection,
  mapping,
  onChange,
  onConfirm,
  onCancel,
  onGoTo,
  busy,
}: MappingReviewProps) {
  const styles = useStyles();
  const headingId = useId();
  const { headers, match } = inspection;
  const proposed = inspection.mapping;
  const targets = def.columns.filter((c) => !isCalculated(c));
  const headerOf = (key: string | null) =>
    key ? (def.columns.find((c) => c.key === key)?.header ?? key) : "";
  const { required, added } = unmapped(def, mapping);
  // Missing required columns are shown live from the mapping above, not as inspected.
  const sheetNotes = inspection.problems.filter((p) => p.kind !== "missingRequired");

  const choose = (i: number, value: string) => {
    const key = value === EXTRA ? null : value;
    // One sheet column per field: a field chosen here leaves the column that had it.
    onChange(mapping.map((k, j) => (j === i ? key : key !== null && k === key ? null : k)));
  };

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>Check the columns</h3>
      <p>
        {inspection.address ?? inspection.sheetName}: headers on row {inspection.headerRow},{" "}
        {inspection.rowCount} row{inspection.rowCount === 1 ? "" : "s"} below them.
      </p>
      <ul className={styles.list} aria-label="Column mapping">
        {headers.map((header, i) => {
          const key = mapping[i] ?? null;
          const letter = columnLetter(inspection.firstColumn + i);
          const confidence = key && proposed[i] === key ? match?.confidence[key] : undefined;
          const hint = key
            ? confidence
              ? HOW[confidence]
              : "chosen by you"
            : "no register column: kept as an extra column with all its values";
          return (
            <li key={i}>
              <Field
                label={`Column ${letter}: ${header === "" ? "(no header)" : header}`}
                hint={hint}
                validationState={confidence === "fuzzy" ? "warning" : "none"}
              >
                <Dropdown
                  className={styles.dropdown}
                  value={key ? headerOf(key) : "Keep as extra column"}
                  selectedOptions={[key ?? EXTRA]}
                  onOptionSelect={(_e, data) => data.optionValue && choose(i, data.optionValue)}
                >
                  <Option value={EXTRA}>Keep as extra column</Option>
                  {targets.map((c) => (
                    <Option key={c.key} value={c.key}>
                      {c.required ? `${c.header} (required)` : c.header}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
            </li>
          );
        })}
      </ul>
      {required.length > 0 && (
        <Notice intent="warning">
          Required but no column feeds it: {required.map((c) => c.header).join(", ")}. It will be added empty,
          and each row will be listed as a problem until it is filled in.
        </Notice>
      )}
      {added.length > 0 && (
        <p>
          Added on the right, empty
          {def.idPrefix && added.some((c) => c.key === def.keyColumn) ? " (IDs filled in)" : ""}:{" "}
          {added.map((c) => c.header).join(", ")}.
        </p>
      )}
      {sheetNotes.length > 0 && (
        <ul className={styles.notes} aria-label="About this sheet">
          {sheetNotes.map((p, i) => (
            <li key={`${p.kind}-${i}`}>
              {p.message}{" "}
              {p.address && (
                <Button
                  size="small"
                  appearance="subtle"
                  aria-label={`Go to ${p.address}`}
                  onClick={() => onGoTo(p.address!)}
                >
                  Go to
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {inspection.cellProblems.length > 0 && (
        <p>
          {inspection.cellProblems.length} cell{inspection.cellProblems.length === 1 ? " does" : "s do"} not
          fit
          {inspection.cellProblems.length === 1 ? " its" : " their"} column. Converting keeps every value as
          it is; the problems are listed afterwards, each with a way to go to the cell.
        </p>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onConfirm} disabled={busy}>
          Convert to {def.name} register
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </section>
  );
}
