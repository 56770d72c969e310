/// <reference types="custom-functions-runtime" />
// Jest has no Excel, so no CustomFunctions global. This stand-in mirrors the parts the functions use,
// as @types/custom-functions-runtime declares them, and records associate() calls. Import it before
// src/functions/functions.ts so the module registers with it as it would in the shared runtime.

type ErrorCodeName = keyof typeof CustomFunctions.ErrorCode;

// Typed so tsc fails if any value differs from the enum in @types/custom-functions-runtime.
const ErrorCode: { readonly [K in ErrorCodeName]: `${(typeof CustomFunctions.ErrorCode)[K]}` } = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export const associations = new Map<string, (...args: never[]) => unknown>();

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: StandInError,
  ErrorCode,
  associate(id: string, fn: (...args: never[]) => unknown) {
    associations.set(id, fn);
  },
};

/** What a cell would show: the error code and its message, or the value. */
export function shown(result: unknown): unknown {
  return result instanceof StandInError ? { code: result.code, message: result.message } : result;
}
