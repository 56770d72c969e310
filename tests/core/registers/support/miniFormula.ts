// A tiny evaluator for the subset of Excel formula language the register formulas use, so tests can hold
// each native formula equal to the core row computation. Excel semantics that matter here: a blank cell
// is "" in comparisons with "" and 0 in arithmetic; text compares greater than any number; errors
// propagate. Not a general engine (the full one comes with the Excel-side tests).
type Value = number | string | boolean | null | { error: string };

const isErr = (v: Value): v is { error: string } => typeof v === "object" && v !== null;

function tokenize(src: string): string[] {
  const re =
    /\s*(\[@\[(?:'.|[^\]'])*\]\]|"(?:[^"]|"")*"|\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|<>|<=|>=|[A-Z][A-Z0-9.]*(?=\()|[-+*/^(),=<>&])/gy;
  const out: string[] = [];
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < src.length && (m = re.exec(src))) {
    out.push(m[1]);
    pos = re.lastIndex;
  }
  if (pos < src.trimEnd().length)
    throw new Error(`cannot read formula at ${pos}: ${src.slice(pos, pos + 20)}`);
  return out;
}

export function evaluate(formula: string, cells: Record<string, Value>, today: number): Value {
  const t = tokenize(formula.replace(/^=/, ""));
  let i = 0;
  const peek = () => t[i];
  const next = () => t[i++];
  const expect = (s: string) => {
    if (next() !== s) throw new Error(`expected ${s}`);
  };

  const num = (v: Value): number | { error: string } => {
    if (isErr(v)) return v;
    if (v === null || v === "") return 0;
    if (typeof v === "boolean") return v ? 1 : 0;
    if (typeof v === "number") return v;
    const n = Number(v);
    return Number.isFinite(n) && v.trim() !== "" ? n : { error: "#VALUE!" };
  };
  const compare = (a: Value, b: Value): number => {
    // blank behaves as "" against text and as 0 against numbers
    if (a === null) a = typeof b === "string" ? "" : 0;
    if (b === null) b = typeof a === "string" ? "" : 0;
    const rank = (v: Value) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
    if (rank(a) !== rank(b)) return rank(a) - rank(b);
    if (typeof a === "string" && typeof b === "string")
      return a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0;
    return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
  };
  const roundAway = (x: number, digits: number, up: boolean) => {
    const f = 10 ** digits;
    const s = Math.sign(x);
    const a = Math.abs(x) * f;
    // Strict binary arithmetic (no 15-digit tidying), so a formula must guard floating point itself.
    return (s * (up ? Math.ceil(a) : Math.round(a))) / f;
  };

  // Lazy arguments so IF only evaluates the branch it takes (as Excel does).
  function call(name: string, args: (() => Value)[]): Value {
    const vals = () => args.map((a) => a());
    switch (name) {
      case "IF": {
        const c = args[0]();
        if (isErr(c)) return c;
        const n = num(c);
        if (isErr(n)) return n;
        return n !== 0 ? args[1]() : args[2] ? args[2]() : false;
      }
      case "OR":
      case "AND": {
        const vs = vals().map(num);
        const e = vs.find(isErr);
        if (e) return e;
        return name === "OR" ? vs.some((v) => v !== 0) : vs.every((v) => v !== 0);
      }
      case "MAX":
      case "MIN": {
        const vs = vals();
        const e = vs.find(isErr);
        if (e) return e;
        const ns = vs.filter((v): v is number => typeof v === "number");
        if (ns.length === 0) return 0;
        return name === "MAX" ? Math.max(...ns) : Math.min(...ns);
      }
      case "ROUND":
      case "ROUNDUP": {
        const [x, d] = vals().map(num);
        if (isErr(x)) return x;
        if (isErr(d)) return d;
        return roundAway(x, d, name === "ROUNDUP");
      }
      case "ISNUMBER":
        return typeof args[0]() === "number";
      case "COUNT":
        return vals().filter((v) => typeof v === "number").length;
      case "TODAY":
        return today;
      default:
        throw new Error(`function ${name} is not supported by the test evaluator`);
    }
  }

  function primary(): Value {
    const tok = next();
    if (tok === "(") {
      const v = comparison();
      expect(")");
      return v;
    }
    if (tok === "-") {
      const v = num(primary());
      return isErr(v) ? v : -v;
    }
    if (tok.startsWith("[@[")) {
      const header = tok.slice(3, -2).replace(/'(.)/g, "$1");
      if (!(header in cells)) throw new Error(`unknown column ${header}`);
      return cells[header];
    }
    if (tok.startsWith('"')) return tok.slice(1, -1).replace(/""/g, '"');
    if (/^\d/.test(tok)) return Number(tok);
    if (/^[A-Z]/.test(tok)) {
      expect("(");
      const args: (() => Value)[] = [];
      if (peek() !== ")") {
        for (;;) {
          const start = i;
          skipExpression();
          const end = i;
          args.push(() => {
            const save = i;
            i = start;
            const v = comparison();
            if (i !== end) throw new Error("argument parse mismatch");
            i = save;
            return v;
          });
          if (peek() === ",") next();
          else break;
        }
      }
      expect(")");
      return call(tok, args);
    }
    throw new Error(`unexpected ${tok}`);
  }
  function skipExpression() {
    let depth = 0;
    while (i < t.length) {
      const tok = t[i];
      if (depth === 0 && (tok === "," || tok === ")")) return;
      if (tok === "(") depth++;
      if (tok === ")") depth--;
      i++;
    }
  }
  function arith(
    parse: () => Value,
    ops: string[],
    apply: (op: string, a: number, b: number) => number,
  ): Value {
    let left = parse();
    while (ops.includes(peek())) {
      const op = next();
      const right = parse();
      const a = num(left);
      const b = num(right);
      if (isErr(a)) left = a;
      else if (isErr(b)) left = b;
      else if (op === "/" && b === 0) left = { error: "#DIV/0!" };
      else left = apply(op, a, b);
    }
    return left;
  }
  const term = (): Value => arith(primary, ["*", "/"], (op, a, b) => (op === "*" ? a * b : a / b));
  const sum = (): Value => arith(term, ["+", "-"], (op, a, b) => (op === "+" ? a + b : a - b));
  function comparison(): Value {
    let left = sum();
    while (["=", "<>", "<", ">", "<=", ">="].includes(peek())) {
      const op = next();
      const right = sum();
      if (isErr(left)) continue;
      if (isErr(right)) {
        left = right;
        continue;
      }
      const c = compare(left, right);
      left = { "=": c === 0, "<>": c !== 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0 }[op]!;
    }
    return left;
  }
  const v = comparison();
  if (i !== t.length) throw new Error(`unread tokens from ${t[i]}`);
  return v;
}
