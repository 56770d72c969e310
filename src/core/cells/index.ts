// Reading and writing single cells: types, coercion, Excel dates, error values, text safety.
export * from "./types";
export * from "./coerce";
export * from "./excelDates";
export * from "./errorValues";
export * from "./parseDate";
export * from "./parseNumber";
export * from "./textSafety";
export { closestOption } from "./closest";
