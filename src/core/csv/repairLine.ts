// Reading one line whose quotes do not pair up, when there is only one sensible reading of it.
//
// Exports from databases and older tools break CSV quoting in a few recurring ways:
//   ""Name" <1115>"      one level of doubling lost (a MySQL dump of Asterisk's clid column)
//   "\"Name\" <1115>"    quotes escaped with a backslash (MySQL's SELECT … INTO OUTFILE)
//   "Name" <1115>        a field that starts with a quoted part and goes on unquoted
//   "never closed        an opening quote with no closing one
// Each field of the line may be read several ways (each closing quote that is followed by the delimiter
// or the line's end, the field read as written up to the next delimiter, an unclosed quote ended at the
// next delimiter). Every reading that is not plain RFC 4180 costs 1. The readings that give the file's
// usual number of fields at the lowest total cost are counted: exactly one is a repair; none or several
// means the line is reported, never guessed.

export interface LineRepair {
  fields: string[];
  /** The values that needed a repair, as read. */
  repairedValues: string[];
}

interface Candidate {
  /** Index just after the field: the delimiter, or the line's length. */
  end: number;
  value: string;
  cost: number;
}

const QUOTE = '"';

/** True when every quote of a quoted field's content is one of a doubled pair (RFC 4180). */
function isCleanContent(content: string): boolean {
  for (let i = content.indexOf(QUOTE); i >= 0; i = content.indexOf(QUOTE, i + 2)) {
    if (content[i + 1] !== QUOTE) return false;
  }
  return true;
}

function decodeLenient(content: string): string {
  return content.replace(/\\"/g, QUOTE).replace(/""/g, QUOTE);
}

/** Unquoted NULL and \N are how database exports write an empty (null) value. */
export const nullToEmpty = (raw: string): string => (raw === "NULL" || raw === "\\N" ? "" : raw);

function candidatesAt(line: string, p: number, delimiter: string): Candidate[] {
  const nextDelimiter = line.indexOf(delimiter, p);
  const toDelimiter = nextDelimiter < 0 ? line.length : nextDelimiter;
  if (line[p] !== QUOTE)
    return [{ end: toDelimiter, value: nullToEmpty(line.slice(p, toDelimiter)), cost: 0 }];
  const out: Candidate[] = [];
  for (let q = line.indexOf(QUOTE, p + 1); q >= 0; q = line.indexOf(QUOTE, q + 1)) {
    if (q + 1 !== line.length && line[q + 1] !== delimiter) continue;
    const content = line.slice(p + 1, q);
    const clean = isCleanContent(content);
    out.push({
      end: q + 1,
      value: clean ? content.replace(/""/g, QUOTE) : decodeLenient(content),
      cost: clean ? 0 : 1,
    });
  }
  if (!line.slice(p + 1, toDelimiter).includes(QUOTE)) {
    // An opening quote that never closes before the next delimiter: the field ends there.
    out.push({ end: toDelimiter, value: line.slice(p + 1, toDelimiter), cost: 1 });
  }
  // A quoted part followed by more text ("Name" <1115>, "Smith, J" jr): the field goes on from a quote
  // that is not followed by the delimiter to the next delimiter, kept exactly as written.
  let lastEnd = -1;
  for (let q = line.indexOf(QUOTE, p + 1); q >= 0; q = line.indexOf(QUOTE, q + 1)) {
    if (q + 1 === line.length || line[q + 1] === delimiter || line[q + 1] === QUOTE) continue;
    const d = line.indexOf(delimiter, q);
    const end = d < 0 ? line.length : d;
    if (end === lastEnd || line[end - 1] === QUOTE) continue;
    lastEnd = end;
    out.push({ end, value: line.slice(p, end), cost: 1 });
  }
  return out;
}

interface Best {
  cost: number;
  /** Readings at that cost, counted up to 2 (2 means "several"). */
  count: number;
  fields: Candidate[];
}

const NONE: Best = { cost: Infinity, count: 0, fields: [] };

/**
 * The one cheapest reading of `line` as exactly `width` fields, or null when there is none or more
 * than one.
 */
export function repairLine(line: string, delimiter: string, width: number): LineRepair | null {
  const memo = new Map<number, Best>();
  const solve = (p: number, k: number): Best => {
    if (k >= width) return NONE;
    const key = p * (width + 1) + k;
    const known = memo.get(key);
    if (known) return known;
    let best: Best = NONE;
    for (const c of candidatesAt(line, p, delimiter)) {
      const rest: Best =
        c.end >= line.length
          ? k + 1 === width
            ? { cost: 0, count: 1, fields: [] }
            : NONE
          : solve(c.end + 1, k + 1);
      if (rest.count === 0) continue;
      const cost = rest.cost + c.cost;
      if (cost < best.cost) best = { cost, count: rest.count, fields: [c, ...rest.fields] };
      else if (cost === best.cost) best = { ...best, count: Math.min(2, best.count + rest.count) };
    }
    memo.set(key, best);
    return best;
  };
  const best = solve(0, 0);
  if (best.count !== 1) return null;
  return {
    fields: best.fields.map((c) => c.value),
    repairedValues: best.fields.filter((c) => c.cost > 0).map((c) => c.value),
  };
}
