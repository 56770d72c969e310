// Jest has no Excel, so no CustomFunctions global: the preview's stand-in (the only one) is installed
// here. Import this before src/functions/functions.ts so the module registers with it as it would in
// the shared runtime.
import {
  CustomFunctionError,
  associations,
  installCustomFunctionsStandIn,
} from "../../src/preview/formulas/customFunctionsStandIn";

installCustomFunctionsStandIn();

export { associations };

/** What a cell would show: the error code and its message, or the value. */
export function shown(result: unknown): unknown {
  return result instanceof CustomFunctionError ? { code: result.code, message: result.message } : result;
}
