// Interview invitations (.ics) and the draft that carries them.
export * from "./excelTime";
export * from "./invitation";
export * from "./interviewDraft";
