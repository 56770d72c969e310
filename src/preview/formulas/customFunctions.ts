// BACKOFFICE.* for the preview's engine: the very functions Excel runs (src/functions/functions.ts,
// wrappers over src/core/math), called with arguments shaped as Excel passes them (a cell's value, a
// range as a matrix with null for blanks), their CustomFunctions.Error results shown as Excel errors.
import FormulaParser, { type FunctionArg } from "fast-formula-parser";
import { customFunctionErrorCode, installCustomFunctionsStandIn } from "./customFunctionsStandIn";
import * as backOffice from "../../functions/functions";

installCustomFunctionsStandIn();

const { FormulaError } = FormulaParser;

/** Excel name (without the namespace) → implementation, as functions.ts associates them. */
const IMPLEMENTATIONS: Record<string, (...args: never[]) => unknown> = {
  REORDERQTY: backOffice.reorderQty,
  REORDERPOINT: backOffice.reorderPoint,
  SAFETYSTOCK: backOffice.safetyStock,
  EOQ: backOffice.eoq,
  DAYSOFSUPPLY: backOffice.daysOfSupply,
  STOCKSTATUS: backOffice.stockStatus,
  DAILYUSAGE: backOffice.dailyUsage,
  NEXTSERVICE: backOffice.nextService,
  SERVICESTATUS: backOffice.serviceStatus,
  TRAININGSTATUS: backOffice.trainingStatus,
  WEIGHTEDSCORE: backOffice.weightedScore,
};

export const CUSTOM_FUNCTION_NAMESPACE = "BACKOFFICE";

/** An argument as Excel hands it to a custom function; an error value in it is the call's result. */
function excelArg(arg: FunctionArg): unknown {
  if (arg.omitted) return undefined;
  const v = arg.value;
  if (v instanceof FormulaError) throw v;
  if (Array.isArray(v)) {
    for (const row of v as unknown[][]) for (const x of row) if (x instanceof FormulaError) throw x;
    return v;
  }
  return v;
}

/** BACKOFFICE.NAME → a function for fast-formula-parser's `functions` option. */
export function customFunctions(): Record<string, (...args: FunctionArg[]) => unknown> {
  const out: Record<string, (...args: FunctionArg[]) => unknown> = {};
  for (const [name, fn] of Object.entries(IMPLEMENTATIONS)) {
    out[`${CUSTOM_FUNCTION_NAMESPACE}.${name}`] = (...args) => {
      const values = args.map(excelArg);
      let result: unknown;
      try {
        result = (fn as (...a: unknown[]) => unknown)(...values);
      } catch {
        // A custom function that throws shows #VALUE! in Excel.
        throw FormulaError.VALUE;
      }
      const code = customFunctionErrorCode(result);
      if (code) throw new FormulaError(code);
      return result;
    };
  }
  return out;
}

/** The custom functions' Excel names (without namespace), for tests against the catalogue. */
export const CUSTOM_FUNCTION_NAMES = Object.keys(IMPLEMENTATIONS);
