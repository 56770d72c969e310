// The one place that calls Excel.run. Every action goes through runExcel so that an Office error reaches
// the task pane as an ExcelActionError with a clear message and what to do.
import { toActionError } from "./errors";

export { ExcelActionError, toActionError, type ExcelActionErrorKind } from "./errors";

/**
 * Runs `batch` in Excel.run. delayForCellEdit makes Excel wait while a person is typing in a cell
 * instead of failing at once (ExcelApi 1.11; older hosts ignore the option).
 */
export async function runExcel<T>(
  action: string,
  batch: (context: Excel.RequestContext) => Promise<T>,
): Promise<T> {
  try {
    return await Excel.run({ delayForCellEdit: true }, batch);
  } catch (err) {
    throw toActionError(err, action);
  }
}

/**
 * Runs `batch` in the request context an earlier run handed out (needed to remove an event handler
 * added in that run, as Office.js requires).
 */
export async function runExcelIn<T>(
  context: unknown,
  action: string,
  batch: (context: Excel.RequestContext) => Promise<T>,
): Promise<T> {
  try {
    return await Excel.run(context as Excel.RequestContext, batch);
  } catch (err) {
    throw toActionError(err, action);
  }
}
