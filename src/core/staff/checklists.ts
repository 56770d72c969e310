// The onboarding and offboarding checklists: what to do for a person on the way in and on the way out.
// Items are worked out from the registers each time (equipment held, courses required), so a laptop
// assigned after the list was first shown appears on it; ids stay the same so ticks can be kept.
import { formatSerial } from "../cells/excelDates";

export interface ChecklistItem {
  id: string;
  text: string;
}

export interface HeldEquipment {
  assetTag: string;
  type: string;
  make: string;
  model: string;
}

const day = (s: number | null) => (s === null ? "" : (formatSerial(s) ?? ""));

export function onboardingChecklist(input: {
  requiredCourses: readonly string[];
  probationEnds: number | null;
}): ChecklistItem[] {
  const items: ChecklistItem[] = [
    { id: "contract", text: "Contract signed and a copy filed" },
    { id: "equipment", text: "Equipment issued (record it on Equipment, Assigned to)" },
    { id: "accounts", text: "Accounts set up: email, systems, building access" },
  ];
  for (const c of input.requiredCourses)
    items.push({ id: `course:${c.toLowerCase()}`, text: `Required training booked: ${c}` });
  if (input.probationEnds !== null)
    items.push({ id: "probation", text: `Probation review before ${day(input.probationEnds)}` });
  return items;
}

export function offboardingChecklist(input: {
  equipment: readonly HeldEquipment[];
  lastWorkingDay: number | null;
}): ChecklistItem[] {
  const items: ChecklistItem[] = input.equipment.map((e) => ({
    id: `equipment:${e.assetTag.toUpperCase()}`,
    text: `Collect ${[e.type, e.make, e.model].filter(Boolean).join(" ") || "equipment"} (${e.assetTag})`,
  }));
  items.push(
    { id: "access", text: "Revoke access: email, systems, building badge and keys" },
    {
      id: "lastDay",
      text:
        input.lastWorkingDay === null
          ? "Agree the last working day"
          : `Last working day: ${day(input.lastWorkingDay)}`,
    },
    { id: "holiday", text: "Holiday to pay: untaken days up to the last working day" },
    { id: "exit", text: "Exit conversation" },
    { id: "reference", text: "Reference letter drafted" },
  );
  return items;
}

export type ChecklistKind = "Onboarding" | "Offboarding";

/** A tick as the Checklists register holds it; doneOn null is an item unticked again. */
export interface ChecklistTick {
  tickId: string;
  staffId: string;
  checklist: string;
  itemId: string;
  doneOn: number | null;
  doneBy: string;
}

/** The key a tick is found by: the person, the checklist and the item (trimmed, any case). */
export function tickKey(staffId: string, checklist: string, itemId: string): string {
  return [staffId, checklist, itemId].map((s) => s.trim().toUpperCase()).join("\u0000");
}

/** The ticks by tickKey; when a key is on several rows (two people ticked at once), the one done last. */
export function ticksByItem(ticks: readonly ChecklistTick[]): Map<string, ChecklistTick> {
  const out = new Map<string, ChecklistTick>();
  for (const t of ticks) {
    const k = tickKey(t.staffId, t.checklist, t.itemId);
    const had = out.get(k);
    if (!had || (t.doneOn ?? -1) > (had.doneOn ?? -1)) out.set(k, t);
  }
  return out;
}
