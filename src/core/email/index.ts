// The draft machinery: templates → Draft → mailto / Outlook on the web / .eml / clipboard.
export * from "./draft";
export * from "./headers";
export * from "./html";
export * from "./table";
export * from "./template";
export * from "./defaultTemplates";
export * from "./compose";
export * from "./format";
export * from "./links";
export * from "./eml";
export * from "./serviceRequest";
export * from "./callMessage";
export * from "./candidateLetters";
export * from "./templateCheck";
export * from "./sampleValues";
export * from "./offers";
