/// <reference types="custom-functions-runtime" />
// The preview and jest have no custom functions runtime, so no CustomFunctions global; the BACKOFFICE
// functions answer bad input with `new CustomFunctions.Error(code, message)` and register with
// `CustomFunctions.associate`. This stand-in, the only one, gives them both with the codes of
// @types/custom-functions-runtime (tsc fails if one differs), and records what was associated.

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

export class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

/** Each function id given to the stand-in's associate, with its function. */
export const associations = new Map<string, (...args: never[]) => unknown>();

/** Installs the stand-in unless a real CustomFunctions runtime is present. */
export function installCustomFunctionsStandIn(): void {
  const global = globalThis as unknown as { CustomFunctions?: unknown };
  if (global.CustomFunctions !== undefined) return;
  global.CustomFunctions = {
    Error: CustomFunctionError,
    ErrorCode: ERROR_CODES,
    associate(id: string, fn: (...args: never[]) => unknown) {
      associations.set(id, fn);
    },
  };
}

/** The Excel error code of a custom function's error result ("#NUM!"), or undefined for a value. */
export function customFunctionErrorCode(result: unknown): string | undefined {
  if (!result || typeof result !== "object") return undefined;
  const code = (result as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("#") ? code : undefined;
}
