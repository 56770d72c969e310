// What the register setup needs beyond the engine's inspectSheet/convertToRegister: the sheets to choose from.
export { listSheets } from "./sheets";
