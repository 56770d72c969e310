// Stock count: type what is on the shelf; "Save counts" writes On hand and Last counted of the counted
// items only (found by Item ID). Location, category and a search narrow the list; typed counts are kept.
// Enter in a count saves, so nobody Tabs past the rest of the list to the button; the result takes focus.
// The list shows 25 items at a time ("Show more", after Save counts so that stays the next Tab after the
// last count): a register of thousands of items drawn as fields at once took seconds to show.
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from "react";
import { Button, Dropdown, Field, Input, Option, makeStyles, tokens } from "@fluentui/react-components";
import { Notice } from "../../components/Notice";
import { todaySerial } from "../../../core/cells/excelDates";
import type { CountResult, StockCount } from "./inventoryApi";
import { readCount } from "./countInput";
import { itemLabel, type InventoryItem } from "./inventoryView";

const ALL = "__all__";
/** Items drawn at a time. */
export const COUNT_PAGE = 25;

const useStyles = makeStyles({
  filters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  filter: { minWidth: 0, flexGrow: 1, flexBasis: "8rem" },
  // Fluent's Dropdown is at least 250 px wide by default: two side by side would overflow a 320 px pane.
  dropdown: { minWidth: 0, width: "100%" },
  list: {
    listStyleType: "none",
    margin: `${tokens.spacingVerticalS} 0`,
    padding: 0,
    display: "grid",
    gap: tokens.spacingVerticalS,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  guide: { margin: `${tokens.spacingVerticalS} 0 0 0` },
});

export interface StockCountFormProps {
  items: readonly InventoryItem[];
  onSave: (counts: StockCount[], date: number) => Promise<CountResult | undefined>;
  busy: boolean;
}

function distinct(values: string[]): string[] {
  return [...new Set(values.filter((v) => v !== ""))].sort((a, b) => a.localeCompare(b));
}

/** What Save counts reports: how many were saved, and each count that was not, with why. */
function savedSentence(result: CountResult): string {
  const parts = [`Saved ${result.updated.length} count${result.updated.length === 1 ? "" : "s"}.`];
  if (result.notFound.length) parts.push(`Not in the register any more: ${result.notFound.join(", ")}.`);
  for (const s of result.skipped) parts.push(`${s.key}: ${s.reason}.`);
  for (const s of result.invalid) parts.push(`${s.itemId}: ${s.reason}.`);
  for (const m of result.moved) parts.push(`${m.key} moved while saving; save it again.`);
  return parts.join(" ");
}

/** The filters and the page of the list they show. */
function useCountFilters(items: readonly InventoryItem[]) {
  const [location, setLocation] = useState(ALL);
  const [category, setCategory] = useState(ALL);
  const [search, setSearch] = useState("");
  const [limit, setLimit] = useState(COUNT_PAGE);
  const locations = useMemo(() => distinct(items.map((i) => i.location)), [items]);
  const categories = useMemo(() => distinct(items.map((i) => i.category)), [items]);
  const needle = search.trim().toLowerCase();
  const matching = items.filter(
    (i) =>
      (location === ALL || i.location === location) &&
      (category === ALL || i.category === category) &&
      (needle === "" || i.item.toLowerCase().includes(needle) || i.itemId.toLowerCase().includes(needle)),
  );
  const shown = matching.slice(0, limit);
  // A new filter starts the list again from its first page.
  const narrow =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setLimit(COUNT_PAGE);
    };
  return {
    location,
    setLocation: narrow(setLocation),
    category,
    setCategory: narrow(setCategory),
    search,
    setSearch: narrow(setSearch),
    locations,
    categories,
    matching,
    shown,
    showMore: () => setLimit((n) => n + COUNT_PAGE),
  };
}

/** The counts typed so far, which can be saved, and saving them. */
function useTypedCounts(onSave: StockCountFormProps["onSave"], busy: boolean) {
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const parsed = Object.entries(typed).map(([itemId, text]) => ({ itemId, input: readCount(text) }));
  const counts: StockCount[] = parsed.flatMap((p) =>
    p.input.kind === "ok" ? [{ itemId: p.itemId, counted: p.input.value }] : [],
  );
  const anyBad = parsed.some((p) => p.input.kind === "bad");
  const canSave = !busy && counts.length > 0 && !anyBad;
  const savedRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!canSave) return;
    setSaved(null);
    const result = await onSave(counts, todaySerial(new Date()));
    if (!result) return;
    setSaved(savedSentence(result));
    const done = new Set(result.updated.map((u) => u.key.toUpperCase()));
    setTyped((t) => Object.fromEntries(Object.entries(t).filter(([id]) => !done.has(id.toUpperCase()))));
  };
  const type = (itemId: string, text: string) => setTyped((t) => ({ ...t, [itemId]: text }));
  return { typed, type, counts, canSave, saved, savedRef, save };
}

function FilterDropdown({
  label,
  allLabel,
  value,
  values,
  onChange,
}: {
  label: string;
  allLabel: string;
  value: string;
  values: string[];
  onChange: (value: string) => void;
}) {
  const styles = useStyles();
  return (
    <Field label={label} className={styles.filter}>
      <Dropdown
        className={styles.dropdown}
        value={value === ALL ? allLabel : value}
        selectedOptions={[value]}
        onOptionSelect={(_e, d) => onChange(d.optionValue ?? ALL)}
      >
        <Option value={ALL}>{allLabel}</Option>
        {values.map((v) => (
          <Option key={v} value={v}>
            {v}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

function CountField({
  item: it,
  text,
  onType,
}: {
  item: InventoryItem;
  text: string;
  onType: (text: string) => void;
}) {
  const input = readCount(text);
  return (
    <li>
      <Field
        label={itemLabel(it)}
        hint={`On hand now: ${it.onHand === null || it.onHand === "" ? "blank" : String(it.onHand)}${it.location ? `; ${it.location}` : ""}`}
        validationState={input.kind === "bad" ? "error" : "none"}
        validationMessage={input.kind === "bad" ? input.message : undefined}
      >
        <Input inputMode="decimal" value={text} onChange={(_e, d) => onType(d.value)} />
      </Field>
    </li>
  );
}

function CountFilters({ filters }: { filters: ReturnType<typeof useCountFilters> }) {
  const styles = useStyles();
  return (
    <div className={styles.filters}>
      <FilterDropdown
        label="Location"
        allLabel="All locations"
        value={filters.location}
        values={filters.locations}
        onChange={filters.setLocation}
      />
      <FilterDropdown
        label="Category"
        allLabel="All categories"
        value={filters.category}
        values={filters.categories}
        onChange={filters.setCategory}
      />
      <Field label="Find an item" className={styles.filter}>
        <Input
          value={filters.search}
          onChange={(_e, d) => filters.setSearch(d.value)}
          placeholder="Name or Item ID"
        />
      </Field>
    </div>
  );
}

export function StockCountForm({ items, onSave, busy }: StockCountFormProps) {
  const styles = useStyles();
  const headingId = useId();
  const filters = useCountFilters(items);
  const { matching, shown } = filters;
  const { typed, type, counts, canSave, saved, savedRef, save } = useTypedCounts(onSave, busy);

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>Count stock</h3>
      <form onSubmit={(e) => void save(e)} noValidate>
        <CountFilters filters={filters} />
        <p className={styles.guide}>
          {counts.length === 0
            ? "Type the counted quantity of the items you counted; items left blank are not changed. Enter in a count saves."
            : `${counts.length} item${counts.length === 1 ? "" : "s"} counted; On hand and Last counted (today) are written for ${counts.length === 1 ? "it" : "them"} only. Enter saves.`}
        </p>
        <ul className={styles.list} aria-label="Items to count">
          {shown.map((it) => (
            <CountField
              key={it.itemId}
              item={it}
              text={typed[it.itemId] ?? ""}
              onType={(text) => type(it.itemId, text)}
            />
          ))}
        </ul>
        {saved && (
          <Notice intent="success" ref={savedRef} tabIndex={-1}>
            {saved}
          </Notice>
        )}
        <div className={styles.actions}>
          {/* Focusable while there is nothing to save, so a keyboard user finds it and hears why it is dimmed. */}
          <Button type="submit" appearance="primary" disabledFocusable={!canSave}>
            Save counts
          </Button>
        </div>
        {matching.length > shown.length && (
          <div className={styles.actions}>
            <span>
              Showing {shown.length} of {matching.length} items.
            </span>
            <Button type="button" onClick={filters.showMore}>
              Show {Math.min(COUNT_PAGE, matching.length - shown.length)} more
            </Button>
          </div>
        )}
      </form>
    </section>
  );
}
