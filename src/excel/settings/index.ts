// Workbook settings: company name, signature, email templates, service level, warning days.
export * from "./values";
export * from "./settings";
