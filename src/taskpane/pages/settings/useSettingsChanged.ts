// Runs `onChange` when anyone changes the workbook's settings, for as long as the component is mounted.
// Watching is a convenience: the pages still have Refresh / Reload when events are not available.
import { onSettingsChanged } from "../../../excel/events";
import { useWatch } from "../../components/useWatch";

export function useSettingsChanged(onChange: () => void): void {
  useWatch(onSettingsChanged, onChange);
}
