// 100,000 evaluations of BACKOFFICE.SAFETYSTOCK as Excel calls it (NORM.S.INV of the service level
// included). Target (docs/performance.md): over 1,000,000 evaluations a second.
import { safetyStock } from "../../src/functions/functions";
import { jsonBytes, perSize, seededRandom, type BenchCase, type CaseContext } from "../harness";

type Args = [number, number, number, number, number];
interface Ctx extends CaseContext {
  args: Args[];
}

// The service levels offices pick; a register uses one for every row, a sheet of formulas a few.
const LEVELS = [0.9, 0.95, 0.975, 0.99, 0.995];

const inputs = perSize((n) => {
  const random = seededRandom(2);
  const args: Args[] = [];
  for (let i = 0; i < n; i++) {
    // usageStdDev, leadTimeDays, serviceLevel, avgDailyUsage, leadTimeStdDev
    args.push([
      random() * 5,
      1 + Math.round(random() * 20),
      LEVELS[i % LEVELS.length],
      random() * 20,
      random() * 3,
    ]);
  }
  return { args, dataBytes: jsonBytes(args) };
});

const benchCase: BenchCase<Ctx> = {
  name: "SAFETYSTOCK evaluations",
  sizes: [100_000],
  targets: { minPerSecond: 1_000_000 },
  setup: (n) => inputs(n),
  run: ({ args }) => {
    let total = 0;
    for (const a of args) {
      const s = safetyStock(a[0], a[1], a[2], a[3], a[4]);
      if (typeof s !== "number") throw new Error(`SAFETYSTOCK(${a.join(", ")}) gave an error`);
      total += s;
    }
    return { evaluations: args.length, checksum: total };
  },
};
export default benchCase;
