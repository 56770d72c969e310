// Whether a page's register is in the workbook: pages show RegisterSetup while it is missing.
import { useCallback, useEffect, useState } from "react";
import { registerById } from "../../../core/registers/definitions";
import type { RegisterId } from "../../../core/registers/types";
import { workbookSetupApi, type FoundRegister, type SetupApi } from "./setupApi";

export type RegisterPresence =
  | { status: "loading" }
  | { status: "missing" }
  | { status: "found"; found: FoundRegister }
  | { status: "error"; error: unknown };

/** The register's presence, and `refresh` to look again (after setup, or when a co-author adds it). */
export function useRegister(registerId: RegisterId, api: SetupApi = workbookSetupApi) {
  const [presence, setPresence] = useState<RegisterPresence>({ status: "loading" });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    api.findRegister(registerById(registerId)).then(
      (found) => live && setPresence(found ? { status: "found", found } : { status: "missing" }),
      (error) => live && setPresence({ status: "error", error }),
    );
    return () => {
      live = false;
    };
  }, [api, registerId, round]);
  const refresh = useCallback(() => setRound((n) => n + 1), []);
  return { presence, refresh };
}
