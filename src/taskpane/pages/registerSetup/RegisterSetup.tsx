// "Set up a register", shown by a register page while its register is missing: create an empty one, or
// convert a sheet (or the selection) after confirming the header mapping, then see the problems list.
// Each step moves focus to what comes next (components/arrival.tsx): the column check, the result
// message (read out), back to "Convert this sheet" on Cancel, and once the register exists, the control
// the page marks for it.
import { useCallback, useEffect, useId, useState } from "react";
import { Button, Dropdown, Field, Option, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { Notice } from "../../components/Notice";
import { registerById } from "../../../core/registers/definitions";
import type { RegisterId } from "../../../core/registers/types";
import type { RowProblem } from "../../../core/registers/validate";
import { ActionError } from "../../components/ActionError";
import { useArrivalTarget, useArrive } from "../../components/arrival";
import { SheetReview } from "./SheetReview";
import { ProblemsList } from "./ProblemsList";
import { TypedCells } from "./TypedCells";
import {
  workbookSetupApi,
  type ConfirmedReading,
  type ConvertResult,
  type Inspection,
  type SetupApi,
  type SheetSource,
} from "./setupApi";
import type { ReadingChoices } from "../../../core/registers/convertPlan";

const useStyles = makeStyles({
  // Grid items default to min-width: auto; 0 lets long names and addresses wrap in a 320 px pane.
  root: { display: "grid", gap: tokens.spacingVerticalM, overflowWrap: "anywhere", "& > *": { minWidth: 0 } },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  heading: { fontSize: tokens.fontSizeBase400, margin: 0 },
});

export interface RegisterSetupProps {
  registerId: RegisterId;
  /** Called once the register exists (created, or converted and the person moves on). */
  onReady: () => void;
  /**
   * Told true when the person starts converting a sheet and false when they go back to the start. A
   * page that re-reads on changes (its own writes, a co-author's, the reading remembered as a setting)
   * finds the register as soon as the conversion is written; it must keep this setup on screen until
   * onReady, or the result and its message vanish before the person has read them.
   */
  onHold?: (holding: boolean) => void;
  /** The workbook actions; tests or the preview may pass others. */
  api?: SetupApi;
}

type Step =
  | { kind: "choose" }
  | { kind: "review"; inspection: Inspection; choices: ReadingChoices }
  | {
      kind: "converted";
      sheetName: string;
      address: string;
      problems: RowProblem[];
      notes: string[];
      readings: ConvertResult["readings"];
      typedLost: string[];
    };

/** The success message: says nothing typed was lost only when the conversion's own check found so. */
function convertedMessage(step: Extract<Step, { kind: "converted" }>, register: string): string {
  const done = `"${step.sheetName}" is now the ${register} register (${step.address}).`;
  if (step.typedLost.length > 0)
    return `${done} What was typed in ${step.typedLost.join(", ")} is not kept as it was: check ${step.typedLost.length === 1 ? "it" : "them"}.`;
  if (step.readings.length === 0) return `${done} Nothing typed was lost: every cell is as it was.`;
  const n = step.readings.length;
  return `${done} Nothing typed was lost: the ${n} cell${n === 1 ? "" : "s"} stored as ${n === 1 ? "its" : "their"} column's type ${n === 1 ? "is" : "are"} listed below with what was typed.`;
}

/** What the conversion changed, in sentences. */
function changes(result: ConvertResult): string[] {
  const out = result.renamedHeaders.map((r) =>
    r.from === ""
      ? `${r.address} gets the header "${r.to}".`
      : `"${r.from}" (${r.address}) is now "${r.to}".`,
  );
  if (result.addedColumns.length) out.push(`Added on the right: ${result.addedColumns.join(", ")}.`);
  if (result.idsAdded) out.push(`${result.idsAdded} ID${result.idsAdded === 1 ? "" : "s"} added.`);
  for (const v of result.valuesRead)
    out.push(`${v.header}: ${v.count} cell${v.count === 1 ? "" : "s"} stored as the column's type.`);
  for (const m of result.valueMaps)
    out.push(`${m.header}: ${m.lines.map((l) => `"${l.value}" → ${l.to}`).join(", ")}.`);
  for (const d of result.dateOrders)
    out.push(`${d.header}: dates read ${d.order === "DMY" ? "day-first" : "month-first"}.`);
  if (result.unmerged.length)
    out.push(`Unmerged (each value kept in its first cell): ${result.unmerged.join(", ")}.`);
  if (result.replacedTables.length)
    out.push(`Tables replaced by the register: ${result.replacedTables.join(", ")}.`);
  return [...out, ...result.notes.filter((n) => !out.includes(n))];
}

function convertedStep(result: ConvertResult): Step {
  return {
    kind: "converted",
    sheetName: result.sheetName,
    address: result.address,
    problems: result.problems,
    notes: changes(result),
    readings: result.readings,
    typedLost: result.typedLost,
  };
}

/** One workbook step at a time: its spinner label while it runs, and its error once it failed. */
function useBusyAction() {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  async function act<T>(label: string, run: () => Promise<T>): Promise<T | undefined> {
    setBusy(label);
    setError(null);
    try {
      return await run();
    } catch (err) {
      setError(err);
      return undefined;
    } finally {
      setBusy(null);
    }
  }
  return { busy, error, setError, act };
}

function useSheetNames(api: SetupApi, setError: (err: unknown) => void) {
  const [sheets, setSheets] = useState<string[] | null>(null);
  useEffect(() => {
    let live = true;
    api.listSheets().then(
      (names) => live && setSheets(names),
      (err) => live && setError(err),
    );
    return () => {
      live = false;
    };
  }, [api, setError]);
  return sheets;
}

function useRegisterSetup({ registerId, onReady, onHold, api = workbookSetupApi }: RegisterSetupProps) {
  const def = registerById(registerId);
  const headingId = useId();
  const [step, setStep] = useState<Step>({ kind: "choose" });
  // Kept here, not in the first step, so Cancel in the review comes back to the sheet it started from.
  const [sheet, setSheet] = useState<string>("");
  const { busy, error, setError, act } = useBusyAction();
  const sheets = useSheetNames(api, setError);
  const arrive = useArrive();
  const stepKey = (kind: Step["kind"]) => `${headingId}:${kind}`;
  const ready = () => {
    arrive(registerId);
    onReady();
  };

  const holding = step.kind !== "choose";
  useEffect(() => onHold?.(holding), [onHold, holding]);

  const create = async () => {
    const done = await act(`Creating the ${def.name} register…`, () => api.createRegister(def));
    if (done) ready();
  };

  const inspect = async (source: SheetSource) => {
    const inspection = await act("Reading the sheet…", () => api.inspectSheet(def, source));
    if (!inspection) return;
    // Only an empty sheet or an existing register stops here; a sheet nothing matched goes to the mapping.
    if (!inspection.ok) {
      const why = inspection.problems.filter((p) => p.severity === "error").map((p) => p.message);
      setError(new Error(why.join(" ") || "This sheet cannot be converted."));
      return;
    }
    arrive(stepKey("review"));
    setStep({ kind: "review", inspection, choices: inspection.choices });
  };

  const convert = async (reading: ConfirmedReading) => {
    if (step.kind !== "review") return;
    const result = await act(`Converting to the ${def.name} register…`, () =>
      api.convertToRegister(def, step.inspection, reading),
    );
    if (!result) return;
    arrive(stepKey("converted"));
    setStep(convertedStep(result));
  };

  // Remembering is a convenience: a failure to write it must not get in the person's way, only be said.
  const remember = useCallback(
    (reading: { headers: string[]; choices: ReadingChoices }) => {
      if (step.kind !== "review") return;
      api.rememberReading(def, step.inspection.sheetName, reading).catch((err) => setError(err));
    },
    [api, def, step, setError],
  );

  const checkAgain = async () => {
    if (step.kind !== "converted") return;
    const problems = await act("Checking…", () => api.validate(def));
    if (problems) setStep({ ...step, problems });
  };

  const goTo = (address: string) => {
    void act(`Going to ${address}…`, () => api.goToCell(address));
  };

  const cancelReview = () => {
    arrive(stepKey("choose"));
    setStep({ kind: "choose" });
  };

  return {
    def,
    headingId,
    sheets,
    sheet,
    setSheet,
    step,
    setStep,
    busy,
    error,
    stepKey,
    ready,
    create,
    inspect,
    convert,
    remember,
    checkAgain,
    goTo,
    cancelReview,
  };
}

type RegisterSetupState = ReturnType<typeof useRegisterSetup>;

/** The first step: create an empty register, or pick a sheet (or the selection) to convert. */
function ChooseStep({ setup }: { setup: RegisterSetupState }) {
  const styles = useStyles();
  const { def, sheets, sheet, setSheet, busy, inspect } = setup;
  const chooseTarget = useArrivalTarget<HTMLButtonElement>(setup.stepKey("choose"));
  return (
    <>
      <Notice intent="info">
        This workbook has no {def.name} register yet (a table named {def.tableName}). Create an empty one, or
        convert a sheet you already keep.
      </Notice>
      <div className={styles.row}>
        <Button appearance="primary" onClick={setup.create} disabled={busy !== null}>
          Create empty register
        </Button>
      </div>
      <section aria-label="Convert a sheet">
        <h4>Convert a sheet</h4>
        <div className={styles.row}>
          <Field label="Sheet to convert">
            <Dropdown
              placeholder={sheets === null ? "Loading sheets…" : "Choose a sheet"}
              value={sheet}
              selectedOptions={sheet ? [sheet] : []}
              onOptionSelect={(_e, data) => setSheet(data.optionValue ?? "")}
              disabled={sheets === null}
            >
              {(sheets ?? []).map((name) => (
                <Option key={name} value={name}>
                  {name}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Button ref={chooseTarget} onClick={() => inspect({ sheet })} disabled={!sheet || busy !== null}>
            Convert this sheet
          </Button>
        </div>
        <div className={styles.row}>
          <Button onClick={() => inspect({ selection: true })} disabled={busy !== null}>
            Use the current selection
          </Button>
        </div>
      </section>
    </>
  );
}

/** The last step: what the conversion did, what changed, and the problems left to fix. */
function ConvertedStep({
  setup,
  step,
}: {
  setup: RegisterSetupState;
  step: Extract<Step, { kind: "converted" }>;
}) {
  const styles = useStyles();
  const convertedTarget = useArrivalTarget<HTMLDivElement>(setup.stepKey("converted"));
  return (
    <>
      <Notice intent={step.typedLost.length > 0 ? "warning" : "success"} ref={convertedTarget} tabIndex={-1}>
        {convertedMessage(step, setup.def.name)}
      </Notice>
      {/* Right after the message, before the changes and problems (each with a Go to button), so
          moving on is one Tab from the message however many problems there are. */}
      <div className={styles.row}>
        <Button appearance="primary" onClick={setup.ready}>
          Continue to {setup.def.name}
        </Button>
      </div>
      {step.notes.length > 0 && (
        <ul aria-label="What changed">
          {step.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {step.readings.length > 0 && <TypedCells readings={step.readings} />}
      <ProblemsList
        problems={step.problems}
        onGoTo={setup.goTo}
        onCheckAgain={setup.checkAgain}
        checking={setup.busy === "Checking…"}
      />
    </>
  );
}

export function RegisterSetup(props: RegisterSetupProps) {
  const styles = useStyles();
  const setup = useRegisterSetup(props);
  const { def, headingId, step, busy, error } = setup;
  const reviewTarget = useArrivalTarget<HTMLHeadingElement>(setup.stepKey("review"));

  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <h3 id={headingId} className={styles.heading}>
        Set up the {def.name} register
      </h3>
      {error !== null && <ActionError error={error} />}
      {busy && <Spinner size="tiny" label={busy} />}

      {step.kind === "choose" && <ChooseStep setup={setup} />}

      {step.kind === "review" && (
        <SheetReview
          def={def}
          inspection={step.inspection}
          choices={step.choices}
          onChoicesChange={(choices) => setup.setStep({ ...step, choices })}
          onConfirm={setup.convert}
          onCancel={setup.cancelReview}
          headingRef={reviewTarget}
          onGoTo={setup.goTo}
          onRemember={setup.remember}
          busy={busy !== null}
        />
      )}

      {step.kind === "converted" && <ConvertedStep setup={setup} step={step} />}
    </section>
  );
}
