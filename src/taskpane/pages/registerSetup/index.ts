// The register setup every register page shares: create or convert, the mapping review, the problems list.
export { RegisterSetup, type RegisterSetupProps } from "./RegisterSetup";
export { ProblemsList, type ProblemsListProps } from "./ProblemsList";
export { useRegister, type RegisterPresence } from "./useRegister";
export { workbookSetupApi, type SetupApi } from "./setupApi";
export { groupProblems, problemKind } from "../../components/problemKinds";
