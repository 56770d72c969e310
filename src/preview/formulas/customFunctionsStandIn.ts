/// <reference types="custom-functions-runtime" />
// The preview has no custom functions runtime, so no CustomFunctions global; the BACKOFFICE functions
// answer bad input with `new CustomFunctions.Error(code, message)`. This stand-in gives them one with
// the same codes as @types/custom-functions-runtime (nothing registers with it: associate does nothing).

type ErrorCodeName = keyof typeof CustomFunctions.ErrorCode;

const ERROR_CODES: { readonly [K in ErrorCodeName]: `${(typeof CustomFunctions.ErrorCode)[K]}` } = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

/** Installs the stand-in unless a real CustomFunctions runtime is present. */
export function installCustomFunctionsStandIn(): void {
  const global = globalThis as unknown as { CustomFunctions?: unknown };
  if (global.CustomFunctions !== undefined) return;
  global.CustomFunctions = { Error: CustomFunctionError, ErrorCode: ERROR_CODES, associate: () => undefined };
}

/** The Excel error code of a custom function's error result ("#NUM!"), or undefined for a value. */
export function customFunctionErrorCode(result: unknown): string | undefined {
  if (!result || typeof result !== "object") return undefined;
  const code = (result as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("#") ? code : undefined;
}
