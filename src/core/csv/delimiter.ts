// Which character separates a delimited text file's fields. Excel's own "sep=;" first line names it;
// otherwise the candidate that splits the first lines into the same number of fields most often wins
// (quoted text is skipped, so a comma inside "Smith, J" does not count).

export const DELIMITERS = [",", ";", "\t", "|"] as const;

/** Lines looked at when guessing: enough for a header and a screenful of records. */
const SAMPLE_LINES = 50;

/** How many times `delimiter` splits `line` outside double quotes. */
function countOutsideQuotes(line: string, delimiter: string): number {
  let n = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) n++;
  }
  return n;
}

/**
 * The candidate whose count per line is most consistent over the sample (ties go to the more fields,
 * then to the order of DELIMITERS); "," when none occurs at all (a one-column file).
 */
export function guessDelimiter(lines: readonly string[]): string {
  const sample = lines.filter((l) => l.trim() !== "").slice(0, SAMPLE_LINES);
  let best = { delimiter: ",", agreeing: 0, fields: 0 };
  for (const delimiter of DELIMITERS) {
    const counts = new Map<number, number>();
    for (const line of sample) {
      const n = countOutsideQuotes(line, delimiter);
      if (n > 0) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    for (const [fields, agreeing] of counts) {
      if (agreeing > best.agreeing || (agreeing === best.agreeing && fields > best.fields)) {
        best = { delimiter, agreeing, fields };
      }
    }
  }
  return best.delimiter;
}

/** Excel's "sep=X" first line: the delimiter it names, or null. */
export function sepLine(line: string | undefined): string | null {
  const m = line === undefined ? null : /^sep=(.)\s*$/i.exec(line);
  return m ? m[1] : null;
}
