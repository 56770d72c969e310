// Errors shaped like OfficeExtension.Error: a `code` from Excel.ErrorCodes, a message, and debugInfo.

export type SimErrorCode =
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  | "InvalidObjectPath"
  | "PropertyNotLoaded"
  | "GeneralException"
  | "InsertDeleteConflict"
  | "MergedRangeConflict"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "NotImplemented"
  | "EmptyChartSeries";

export class SimError extends Error {
  readonly code: SimErrorCode;
  readonly debugInfo: { code: SimErrorCode; message: string; errorLocation?: string };

  constructor(code: SimErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export const propertyNotLoaded = (prop: string): SimError =>
  new SimError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

export const invalidObjectPath = (path: string): SimError =>
  new SimError(
    "InvalidObjectPath",
    `The object path '${path}' isn't working for what you're trying to do. If you're using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object's lifetime.`,
    path,
  );

export const itemNotFound = (what: string): SimError =>
  new SimError("ItemNotFound", `The requested resource doesn't exist. (${what})`, what);

export const invalidArgument = (detail: string, location?: string): SimError =>
  new SimError(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format. (${detail})`,
    location,
  );

export const payloadTooLarge = (direction: "request" | "response", bytes: number): SimError =>
  direction === "request"
    ? new SimError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins". (${bytes} bytes)`,
      )
    : new SimError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins". (${bytes} bytes)`,
      );
