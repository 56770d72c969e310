// One column of the rows being mapped: which field it feeds (or kept as an extra column); under it, for a
// choice column, what each of its values becomes, and for a date column, which way round its dates are read.
import { makeStyles, tokens } from "@fluentui/react-components";
import type { DayMonthOrder } from "../../../core/cells/dateOrder";
import type { ConvertPlan, PlannedColumn } from "../../../core/registers/convertPlan";
import type { RegisterDef } from "../../../core/registers/types";
import { ColumnTarget } from "./ColumnTarget";
import { DateReading } from "./DateReading";
import { KEPT_AS_EXTRA, type ExtraWording } from "./extraWording";
import { ValueLines } from "./ValueLines";

const useStyles = makeStyles({
  item: { display: "grid", gap: tokens.spacingVerticalS, "& > *": { minWidth: 0 } },
  nested: { paddingLeft: tokens.spacingHorizontalL, display: "grid", gap: tokens.spacingVerticalS },
});

export interface ColumnFieldProps {
  def: RegisterDef;
  plan: ConvertPlan;
  column: PlannedColumn;
  disabled?: boolean;
  onField: (key: string | null) => void;
  onValue: (field: string, valueKey: string, to: string | null) => void;
  onDateOrder: (field: string, order: DayMonthOrder) => void;
  /** What a column feeding no field becomes (a sheet keeps it as an extra column; an import leaves it). */
  extra?: ExtraWording;
}

export function ColumnField({
  def,
  plan,
  column,
  disabled,
  onField,
  onValue,
  onDateOrder,
  extra = KEPT_AS_EXTRA,
}: ColumnFieldProps) {
  const styles = useStyles();
  const key = column.field;
  const target = key ? def.columns.find((c) => c.key === key) : undefined;
  const lines = key ? plan.valueMaps[key] : undefined;
  const dates = key ? plan.dateOrders[key] : undefined;
  const header = column.header || (target?.header ?? key ?? "");
  return (
    <li className={styles.item}>
      <ColumnTarget
        def={def}
        plan={plan}
        column={column}
        disabled={disabled}
        onField={onField}
        extra={extra}
      />
      {(lines?.length || dates) && (
        <div className={styles.nested}>
          {key && lines && lines.length > 0 && (
            <ValueLines
              column={target!}
              header={header}
              lines={lines}
              disabled={disabled}
              onValue={(valueKey, to) => onValue(key, valueKey, to)}
            />
          )}
          {key && dates && (
            <DateReading
              plan={plan}
              index={column.index}
              header={header}
              dates={dates}
              disabled={disabled}
              onDateOrder={(order) => onDateOrder(key, order)}
            />
          )}
        </div>
      )}
    </li>
  );
}
