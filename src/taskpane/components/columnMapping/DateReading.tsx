// Which way round a date column's dates are read (day or month first), and what each of its dates
// becomes so the person can check the choice before converting.
import { useId } from "react";
import { Field, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import { describeDateOrder, type DateOrderDecision, type DayMonthOrder } from "../../../core/cells/dateOrder";
import type { ConvertPlan } from "../../../core/registers/convertPlan";

/** Dates shown one by one under their column before converting; the rest are counted. */
const MAX_DATE_LINES = 25;

const useStyles = makeStyles({
  dateLines: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface DateReadingProps {
  plan: ConvertPlan;
  /** The index of the column in the rows. */
  index: number;
  /** The column's header, the sheet's or else the register's. */
  header: string;
  dates: DateOrderDecision;
  disabled?: boolean;
  onDateOrder: (order: DayMonthOrder) => void;
}

export function DateReading({ plan, index, header, dates, disabled, onDateOrder }: DateReadingProps) {
  const styles = useStyles();
  const dateId = useId();
  const dateCells = plan.readings.filter((x) => x.column === index);
  // No date of the column settles the order: the computer's order is a proposal the person must check.
  const unsettled = dates.from === "locale" && dates.eitherWay > 0;
  return (
    <>
      <Field
        label={`Dates in "${header}"`}
        hint={
          unsettled
            ? `${describeDateOrder(header, dates)} Check the dates below and choose.`
            : describeDateOrder(header, dates)
        }
        validationState={unsettled ? "warning" : "none"}
        id={dateId}
      >
        <RadioGroup
          value={dates.order}
          disabled={disabled}
          onChange={(_e, d) => onDateOrder(d.value as DayMonthOrder)}
        >
          <Radio value="DMY" label="Day first: 04/03/2026 is 4 March 2026" />
          <Radio value="MDY" label="Month first: 04/03/2026 is 3 April 2026" />
        </RadioGroup>
      </Field>
      {dateCells.length > 0 && (
        <ul className={styles.dateLines} aria-label={`What the dates in "${header}" become`}>
          {dateCells.slice(0, MAX_DATE_LINES).map((x) => (
            <li key={x.address}>
              {`${x.address} "${x.typed}" → ${x.stored}${x.eitherWay ? " (could be read the other way)" : ""}`}
            </li>
          ))}
          {dateCells.length > MAX_DATE_LINES && (
            <li>{`${dateCells.length - MAX_DATE_LINES} more, listed after converting.`}</li>
          )}
        </ul>
      )}
    </>
  );
}
