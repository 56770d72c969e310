// Numbers that people (or exports) left as text: " 3 ", "1,200", "$4.50", "(12.00)", "12%", "4,50".
const SPACES = /[\s\u00a0\u2007\u202f']/g; // ordinary, no-break and thin spaces; ' as Swiss thousands mark
const CURRENCY =
  /^(?:[$€£¥₹]|USD|EUR|GBP|CHF|CAD|AUD|JPY|INR)\s*|\s*(?:[$€£¥₹]|USD|EUR|GBP|CHF|CAD|AUD|JPY|INR)$/gi;

/** The number a text means, or null when it is not a number. */
export function parseNumberText(text: string): number | null {
  let s = text.trim();
  if (s === "") return null;
  let sign = 1;
  if (/^\(.*\)$/.test(s)) {
    // Accounting negatives: (12.00)
    sign = -1;
    s = s.slice(1, -1).trim();
  }
  if (s.startsWith("-") || s.startsWith("+") || s.startsWith("−")) {
    if (s[0] !== "+") sign = -sign;
    s = s.slice(1).trim();
  }
  const before = s;
  s = s.replace(CURRENCY, "");
  if (s !== before && sign === 1 && (s.startsWith("-") || s.startsWith("−"))) {
    // -$4.50 then $-4.50
    sign = -sign;
    s = s.slice(1);
  }
  let scale = 1;
  if (s.endsWith("%")) {
    scale = 0.01;
    s = s.slice(0, -1);
  }
  // Spaces count only as thousands separators in groups of three ("1 200"); "12 3" is not a number.
  if (/\s/.test(s.trim()) && !/^\d{1,3}([\s\u00a0\u202f]\d{3})+([.,]\d+)?$/.test(s.trim())) return null;
  s = s.replace(SPACES, "");
  let plain: string | null = null;
  if (/^\d+(\.\d+)?$|^\.\d+$/.test(s)) plain = s;
  else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s))
    plain = s.replace(/,/g, ""); // 1,200.50
  else if (/^\d{1,3}(\.\d{3})+,\d+$|^\d{1,3}(\.\d{3}){2,}$/.test(s))
    plain = s.replace(/\./g, "").replace(",", "."); // 1.200,50
  else if (/^\d+,\d{1,2}$/.test(s))
    plain = s.replace(",", "."); // 4,50 (decimal comma)
  else if (/^\d+(\.\d+)?e[+-]?\d+$/i.test(s)) plain = s;
  if (plain === null) return null;
  const n = Number(plain) * sign * scale;
  return Number.isFinite(n) ? Number(n.toPrecision(15)) : null;
}
