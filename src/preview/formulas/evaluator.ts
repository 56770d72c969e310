// One formula evaluated against a SimWorkbook with fast-formula-parser: structured references first
// translated to A1, cells read from the simulator (errors as Excel errors, blanks as blanks), Excel's
// comparisons and the functions the library lacks added, BACKOFFICE.* from src/functions.
import FormulaParser, { type CellRef, type RangeRef } from "fast-formula-parser";
import { parseAddress, type Rect } from "../simulator/address";
import type { CellValue } from "../simulator/cells";
import { ERROR_VALUES } from "../simulator/input";
import type { SheetModel } from "../simulator/model";
import type { SimWorkbook } from "../simulator/workbook";
import { ARRAY_PRESERVE_REFS, arrayFunctions } from "./arrayFunctions";
import { PRESERVE_REFS, criteriaFunctions } from "./criteriaFunctions";
import { customFunctions } from "./customFunctions";
import { tableShapes } from "./listValidation";
import { EXCEL_FUNCTIONS, dateSerialFunctions, fromDayZero } from "./excelFunctions";
import { LIBRARY_FUNCTIONS, withLookupErrors } from "./libraryFunctions";
import { liftedFunctions } from "./liftedFunctions";
import { applyExcelOperators } from "./operators";
import { translateStructuredRefs, type FormulaAt, type TableShape } from "./structuredRefs";

const { FormulaError, DepParser } = FormulaParser;

export interface EvaluatorOptions {
  /** The machine's clock, for TODAY() and NOW() (tests pass a fixed one). */
  now?: () => Date;
}

/** A precedent of a formula: a rectangle (0-based) on a sheet named as the formula wrote it. */
export interface Precedent {
  sheet: string;
  rect: Rect;
}

/** The library reports functions it lacks as #ERROR!, which is no Excel error: Excel says #NAME?. */
const excelError = (e: InstanceType<typeof FormulaError>) =>
  ERROR_VALUES.includes(e.error) ? e.error : "#NAME?";

const isRange = (ref: CellRef | RangeRef): ref is RangeRef => "from" in ref;

/** The last used row and column of a sheet, so A:A reads the used part only. */
function usedLimit(sheet: SheetModel): { r1: number; c1: number } {
  const b = sheet.cells.bounds(true);
  return b ? { r1: b.r1, c1: b.c1 } : { r1: -1, c1: -1 };
}

export class FormulaEvaluator {
  private readonly parser: FormulaParser;
  private readonly deps: InstanceType<typeof DepParser>;
  private wb: SimWorkbook | null = null;
  private limits = new Map<SheetModel, { r1: number; c1: number }>();
  private shapes: TableShape[] | null = null;

  constructor(options: EvaluatorOptions = {}) {
    const now = options.now ?? (() => new Date());
    this.now = now;
    const onVariable = (name: string) => this.nameRef(name);
    const date1904 = () => this.wb?.date1904 ?? false;
    this.parser = new FormulaParser({
      functions: {
        ...LIBRARY_FUNCTIONS,
        ...EXCEL_FUNCTIONS,
        ...dateSerialFunctions(now, date1904),
        ...customFunctions(),
      },
      onCell: (ref) => this.cellValue(ref.sheet, ref.row - 1, ref.col - 1),
      onRange: (ref) => this.rangeValues(ref),
      onVariable,
    });
    const functions = this.parser.functions;
    // Each receives what the parser passes the function of its name (see those files): the parser
    // itself first for IF, SUMIF and AVERAGEIF, references kept for those listed as preserving them.
    Object.assign(
      functions,
      withLookupErrors(functions),
      criteriaFunctions(date1904),
      arrayFunctions(functions.IF as never),
    );
    Object.assign(functions, fromDayZero(functions));
    Object.assign(functions, liftedFunctions(functions));
    this.parser.funsPreserveRef.push(...PRESERVE_REFS, ...ARRAY_PRESERVE_REFS);
    applyExcelOperators(this.parser, date1904);
    this.deps = new DepParser({ onVariable });
  }

  private readonly now: () => Date;

  /** The machine's local date (TODAY() changes when this does). */
  today(): string {
    const d = this.now();
    return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
  }

  /** Starts a pass over `wb`: table shapes and used ranges are read once per pass. */
  begin(wb: SimWorkbook): void {
    this.wb = wb;
    this.limits.clear();
    this.shapes = null;
  }

  tables(): TableShape[] {
    if (!this.shapes) this.shapes = this.wb ? tableShapes(this.wb) : [];
    return this.shapes;
  }

  /** The formula (with its leading =) as the A1-only engine reads it. */
  translate(formula: string, at: FormulaAt): string {
    const body = formula.startsWith("=") ? formula.slice(1) : formula;
    try {
      return translateStructuredRefs(body, at, this.tables());
    } catch {
      // Never let one odd formula stop a sync: it shows an error instead.
      return "#NAME?";
    }
  }

  /** The value Excel would show for the translated formula at `at`. */
  evaluate(translated: string, at: FormulaAt): CellValue {
    this.lastUnsupported = undefined;
    let result: unknown;
    try {
      result = this.parser.parse(translated, { sheet: at.sheet, row: at.row + 1, col: at.col + 1 });
    } catch (error) {
      // The library throws for syntax errors and for functions it lacks (wrapped in its #ERROR!):
      // Excel shows #NAME? for an unknown function and refuses the formula on a syntax error.
      const cause = error instanceof FormulaError ? (error as { details?: unknown }).details : undefined;
      const lacking =
        cause instanceof Error ? /^Function (\S+) is not implemented/.exec(cause.message) : null;
      if (lacking) this.lastUnsupported = lacking[1];
      if (error instanceof FormulaError) return excelError(error);
      return "#NAME?";
    }
    return this.toCellValue(result);
  }

  /** After evaluate(): the Excel function the library lacks that stopped it, if one did. */
  lastUnsupported: string | undefined;

  /** The cells a translated formula reads (defined names resolved), for the dependency graph. */
  precedents(translated: string, at: FormulaAt): Precedent[] {
    let refs: (CellRef | RangeRef)[];
    try {
      refs = this.deps.parse(translated, { sheet: at.sheet, row: at.row + 1, col: at.col + 1 });
    } catch {
      return [];
    }
    return refs.map((ref) => {
      const sheet = ref.sheet ?? at.sheet;
      if (isRange(ref))
        return {
          sheet,
          rect: { r0: ref.from.row - 1, c0: ref.from.col - 1, r1: ref.to.row - 1, c1: ref.to.col - 1 },
        };
      return { sheet, rect: { r0: ref.row - 1, c0: ref.col - 1, r1: ref.row - 1, c1: ref.col - 1 } };
    });
  }

  private toCellValue(result: unknown): CellValue {
    let v = result;
    if (Array.isArray(v)) v = (v as unknown[][])[0]?.[0] ?? null;
    if (v instanceof FormulaError) return excelError(v);
    if (v === null || v === undefined) return 0; // =A1 of an empty A1 shows 0
    if (typeof v === "number") {
      if (Number.isNaN(v)) return "#NUM!";
      if (!Number.isFinite(v)) return "#NUM!";
      return v + 0; // -0 shows as 0
    }
    if (typeof v === "string" || typeof v === "boolean") return v;
    return "#VALUE!";
  }

  private sheet(name: string | undefined): SheetModel | undefined {
    return name === undefined ? undefined : this.wb?.sheetByName(name);
  }

  private cellValue(sheetName: string | undefined, row: number, col: number): unknown {
    const sheet = this.sheet(sheetName);
    return sheet ? this.read(sheet, row, col) : FormulaError.REF;
  }

  private read(sheet: SheetModel, row: number, col: number): unknown {
    const cell = sheet.cells.get(row, col);
    if (!cell || cell.value === null) return null;
    if (cell.error && typeof cell.value === "string") return new FormulaError(cell.value);
    return cell.value;
  }

  private rangeValues(ref: RangeRef): unknown[][] {
    const sheet = this.sheet(ref.sheet);
    if (!sheet) return [[FormulaError.REF]];
    let limit = this.limits.get(sheet);
    if (!limit) this.limits.set(sheet, (limit = usedLimit(sheet)));
    // Whole columns and rows stop at the last used cell (the values past it are all blank).
    const r1 = Math.min(ref.to.row - 1, Math.max(limit.r1, ref.from.row - 1));
    const c1 = Math.min(ref.to.col - 1, Math.max(limit.c1, ref.from.col - 1));
    const out: unknown[][] = [];
    for (let r = ref.from.row - 1; r <= r1; r++) {
      const row: unknown[] = [];
      for (let c = ref.from.col - 1; c <= c1; c++) row.push(this.read(sheet, r, c));
      out.push(row);
    }
    return out;
  }

  /** A defined name that refers to a range ("=Sheet1!$A$1:$B$4"); constants are not supported. */
  private nameRef(name: string): CellRef | RangeRef | null {
    const def = this.wb?.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
    if (!def) return null;
    const parsed = parseAddress(def.formula.replace(/^=/, ""));
    if (!parsed?.sheet) return null;
    const { r0, c0, r1, c1 } = parsed.rect;
    if (r0 === r1 && c0 === c1) return { sheet: parsed.sheet, row: r0 + 1, col: c0 + 1 };
    return { sheet: parsed.sheet, from: { row: r0 + 1, col: c0 + 1 }, to: { row: r1 + 1, col: c1 + 1 } };
  }
}
