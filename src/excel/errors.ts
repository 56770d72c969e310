// Office errors turned into something a person can act on: what happened, and what to do.
// The task pane shows `message` and `whatToDo`; `kind` lets it choose an icon or offer "try again".

export type ExcelActionErrorKind =
  "payloadTooLarge" | "notFound" | "busy" | "alreadyExists" | "conflict" | "invalid" | "generic";

export class ExcelActionError extends Error {
  readonly kind: ExcelActionErrorKind;
  /** One sentence on what the person can do about it. */
  readonly whatToDo: string;
  /** The Office error code (Excel.ErrorCodes), when the error came from Excel. */
  readonly code?: string;

  constructor(kind: ExcelActionErrorKind, message: string, whatToDo: string, code?: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = "ExcelActionError";
    this.kind = kind;
    this.whatToDo = whatToDo;
    if (code !== undefined) this.code = code;
  }
}

// Excel.ErrorCodes values (strings), grouped by what the person can do about them.
const PAYLOAD = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "PayloadTooLarge",
]);
const BUSY = new Set([
  "InvalidOperationInCellEditMode",
  "ActivityLimitReached",
  "ServiceNotAvailable",
  "RequestAborted",
  "Conflict",
  "EditModeCannotAcquireLock",
]);
const NOT_FOUND = new Set(["ItemNotFound", "InvalidObjectPath", "InvalidReference"]);
const INVALID = new Set([
  "InvalidArgument",
  "InvalidOperation",
  "MergedRangeConflict",
  "InsertDeleteConflict",
  "FilteredRangeConflict",
  "NonBlankCellOffSheet",
  "UnsupportedSheet",
]);

function codeOf(err: unknown): string | undefined {
  if (!err || typeof err !== "object") return undefined;
  const e = err as { code?: unknown; debugInfo?: { code?: unknown } };
  if (typeof e.code === "string") return e.code;
  if (typeof e.debugInfo?.code === "string") return e.debugInfo.code;
  return undefined;
}

/**
 * Any error thrown inside an Excel action, as an ExcelActionError. `action` names what was being done
 * ("Reading the Inventory register") so the message makes sense on its own.
 */
export function toActionError(err: unknown, action: string): ExcelActionError {
  if (err instanceof ExcelActionError) return err;
  const code = codeOf(err);
  const detail = err instanceof Error ? err.message : String(err);
  const doing = action.charAt(0).toLowerCase() + action.slice(1);
  if (code && PAYLOAD.has(code)) {
    return new ExcelActionError(
      "payloadTooLarge",
      `Excel refused the request while ${doing}: more than 5 MB was sent at once (a limit of Excel on the web).`,
      "Try again; if it keeps happening, shorten very long texts in the register or split it, and tell whoever maintains the add-in.",
      code,
      err,
    );
  }
  if (code && BUSY.has(code)) {
    return new ExcelActionError(
      "busy",
      `Excel is busy and could not finish ${doing}${code === "InvalidOperationInCellEditMode" ? " because a cell is being edited" : ""}.`,
      "Finish typing in the cell (press Enter or Esc), wait a moment, then try again.",
      code,
      err,
    );
  }
  if (code && NOT_FOUND.has(code)) {
    return new ExcelActionError(
      "notFound",
      `Something the add-in needed while ${doing} is no longer in the workbook (it may have been renamed or deleted by you or a co-author).`,
      "Refresh the page in the task pane; if the register's sheet or table was renamed, give it back its name or create it again.",
      code,
      err,
    );
  }
  if (code === "ItemAlreadyExists") {
    return new ExcelActionError(
      "alreadyExists",
      `A sheet or table with the same name already exists, so the add-in could not finish ${doing}.`,
      "Rename or remove the other sheet or table, then try again.",
      code,
      err,
    );
  }
  if (code && INVALID.has(code)) {
    return new ExcelActionError(
      "invalid",
      `Excel did not accept a change while ${doing}: ${detail}`,
      "Check that the sheet is not protected and has no merged cells or filters in the way, then try again.",
      code,
      err,
    );
  }
  return new ExcelActionError(
    "generic",
    `Something went wrong while ${doing}: ${detail}`,
    "Try again. If it keeps happening, save the workbook, reopen it, and try once more.",
    code,
    err,
  );
}
