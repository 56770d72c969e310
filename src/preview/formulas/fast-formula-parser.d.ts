// The parts of fast-formula-parser (which ships no types) that the preview's formula engine uses.
// Rows and columns are 1-based, as the library passes them.
declare module "fast-formula-parser" {
  export interface CellRef {
    sheet?: string;
    row: number;
    col: number;
  }
  export interface RangeRef {
    sheet?: string;
    from: { row: number; col: number };
    to: { row: number; col: number };
  }
  /** What a function receives for each argument (references already read into values). */
  export interface FunctionArg {
    value: unknown;
    isArray: boolean;
    isRangeRef?: boolean;
    isCellRef?: boolean;
    omitted?: boolean;
  }
  export class FormulaError extends Error {
    constructor(error: string, msg?: string, details?: unknown);
    readonly error: string;
    static readonly DIV0: FormulaError;
    static readonly NA: FormulaError;
    static readonly NAME: FormulaError;
    static readonly NULL: FormulaError;
    static readonly NUM: FormulaError;
    static readonly REF: FormulaError;
    static readonly VALUE: FormulaError;
  }
  export interface ParserConfig {
    functions?: Record<string, (...args: FunctionArg[]) => unknown>;
    onCell?: (ref: CellRef & { sheet: string }) => unknown;
    onRange?: (ref: RangeRef & { sheet: string }) => unknown[][];
    onVariable?: (name: string, sheet: string) => CellRef | RangeRef | null;
  }
  export interface Position {
    sheet: string;
    row: number;
    col: number;
  }
  export class DepParser {
    constructor(config?: { onVariable?: ParserConfig["onVariable"] });
    parse(formula: string, position: Position): (CellRef | RangeRef)[];
  }
  interface Utils {
    _applyInfix(
      res1: { val: unknown; isArray: boolean },
      infix: string,
      res2: { val: unknown; isArray: boolean },
    ): unknown;
    _applyPrefix(prefixes: string[], val: unknown, isArray: boolean): unknown;
    _applyPostfix(val: unknown, isArray: boolean, postfix: string): unknown;
  }
  export default class FormulaParser {
    constructor(config?: ParserConfig);
    parse(formula: string, position: Position, allowReturnArray?: boolean): unknown;
    utils: Utils;
    /** Every function by name, the library's own and those passed in. */
    functions: Record<string, (...args: FunctionArg[]) => unknown>;
    /** Functions whose arguments keep their reference (`{ value, isArray, ref }`) besides the value. */
    funsPreserveRef: string[];
    static readonly DepParser: typeof DepParser;
    static readonly FormulaError: typeof FormulaError;
  }
}
