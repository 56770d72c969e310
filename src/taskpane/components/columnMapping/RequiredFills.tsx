// Required columns no column of the rows feeds: for a choice column, what every row gets (or left empty
// to fill in later); for any other, what will happen to it.
import { useId } from "react";
import { Dropdown, Field, Option, makeStyles } from "@fluentui/react-components";
import type { ReadingChoices } from "../../../core/registers/convertPlan";
import type { ColumnDef } from "../../../core/registers/types";
import { Notice } from "../Notice";
import type { ExtraWording } from "./extraWording";

const useStyles = makeStyles({
  dropdown: { minWidth: 0, width: "100%" },
});

export interface RequiredFillsProps {
  required: readonly ColumnDef[];
  fills: ReadingChoices["fills"];
  disabled?: boolean;
  onFill: (key: string, value: string) => void;
  extra: ExtraWording;
}

export function RequiredFills({ required, fills, disabled, onFill, extra }: RequiredFillsProps) {
  const styles = useStyles();
  const fillsId = useId();
  return (
    <section aria-labelledby={fillsId}>
      <h4 id={fillsId}>Required columns the sheet lacks</h4>
      {required.map((c) =>
        c.choices ? (
          <Field
            key={c.key}
            label={`${c.header} for every row`}
            hint={`No column feeds ${c.header}, which every row needs. Choose what every row gets, or leave it empty to fill in later.`}
            validationState={fills?.[c.key] ? "none" : "warning"}
          >
            <Dropdown
              className={styles.dropdown}
              disabled={disabled}
              value={fills?.[c.key] ?? "Leave empty"}
              selectedOptions={[fills?.[c.key] ?? ""]}
              onOptionSelect={(_e, d) => onFill(c.key, d.optionValue ?? "")}
            >
              <Option value="">Leave empty</Option>
              {c.choices.map((v) => (
                <Option key={v} value={v}>
                  {v}
                </Option>
              ))}
            </Dropdown>
          </Field>
        ) : (
          <Notice key={c.key} intent="warning">
            {extra.missing
              ? extra.missing(c.header)
              : `Required but no column feeds it: ${c.header}. It will be added empty, and each row will be listed as a problem until it is filled in.`}
          </Notice>
        ),
      )}
    </section>
  );
}
