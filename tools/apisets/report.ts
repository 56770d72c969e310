// Plain-text rendering of an ApiSetReport for the CLI and for test failure messages.
import { ApiSetReport } from "./check";
import { compareVersions } from "./versions";

interface Row {
  set: string;
  member: string;
  uses: number;
  guarded: number;
}

export function formatReport(report: ApiSetReport): string {
  const rows = new Map<string, Row>();
  for (const use of report.uses) {
    const needs = use.needs.length ? use.needs : [{ set: "(no set)", version: "" }];
    for (const req of needs) {
      const set = `${req.set} ${req.version}`.trim();
      const key = `${set}\u0000${use.member}`;
      const row = rows.get(key) ?? { set, member: use.member, uses: 0, guarded: 0 };
      row.uses += 1;
      if (use.guards.some((g) => g.set.toLowerCase() === req.set.toLowerCase())) row.guarded += 1;
      rows.set(key, row);
    }
  }
  const sorted = [...rows.values()].sort((a, b) => {
    const [sa, va = ""] = a.set.split(" ");
    const [sb, vb = ""] = b.set.split(" ");
    return sa.localeCompare(sb) || compareVersions(va || "0", vb || "0") || a.member.localeCompare(b.member);
  });
  const width = Math.max(8, ...sorted.map((r) => r.set.length));
  const memberWidth = Math.max(6, ...sorted.map((r) => r.member.length));
  const lines = [
    `${"set".padEnd(width)}  ${"member".padEnd(memberWidth)}  uses  guarded`,
    ...sorted.map(
      (r) =>
        `${r.set.padEnd(width)}  ${r.member.padEnd(memberWidth)}  ${String(r.uses).padStart(4)}  ${String(r.guarded).padStart(7)}`,
    ),
    "",
    `declared in manifest.xml: ${
      Object.entries(report.declared)
        .map(([s, v]) => `${s} ${v}`)
        .join(", ") || "(nothing)"
    }`,
    `minimum ExcelApi the unguarded code needs: ${report.floor}${report.floorMembers.length ? ", set by:" : ""}`,
    ...report.floorMembers.map((member) => {
      const at = report.uses.filter(
        (u) =>
          u.member === member &&
          u.needs.some((n) => n.set === "ExcelApi" && n.version === report.floor) &&
          !u.guards.some((g) => g.set === "ExcelApi" && compareVersions(g.version, report.floor) >= 0),
      );
      return `  ${member} (${at.map((u) => `${u.file}:${u.line}`).join(", ")})`;
    }),
  ];
  for (const p of report.manifestProblems) lines.push(`MANIFEST: ${p}`);
  for (const w of report.warnings) lines.push(`warning: ${w.message}`);
  for (const v of report.violations) lines.push(`VIOLATION: ${v.message}`);
  if (!report.violations.length && !report.manifestProblems.length) lines.push("requirement sets: OK");
  return lines.join("\n");
}
