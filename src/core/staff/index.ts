// Staff: the date rules, people, courses and training as read from rows, the Training due list, checks,
// checklists, the discipline process and the drafts.
export * from "./dates";
export * from "./people";
export * from "./trainingDue";
export * from "./checks";
export * from "./checklists";
export * from "./discipline";
export * from "./outcome";
export * from "./drafts";
