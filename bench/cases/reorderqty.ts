// 100,000 evaluations of BACKOFFICE.REORDERQTY as Excel calls it (the custom function wrapper, argument
// checks included). Target (docs/performance.md): over 1,000,000 evaluations a second.
import { reorderQty } from "../../src/functions/functions";
import { jsonBytes, perSize, seededRandom, type BenchCase, type CaseContext } from "../harness";

type Args = [number, number, number, number, number, number];
interface Ctx extends CaseContext {
  args: Args[];
}

const inputs = perSize((n) => {
  const random = seededRandom(1);
  const args: Args[] = [];
  for (let i = 0; i < n; i++) {
    const point = Math.round(random() * 50);
    // onHand, reorderPoint, maxStock, onOrder, packSize, minOrderQty: about half the items need ordering.
    args.push([
      Math.round(random() * 100),
      point,
      point + 20 + Math.round(random() * 80),
      random() < 0.2 ? 10 : 0,
      [1, 6, 10, 12][i % 4],
      i % 3 ? 0 : 24,
    ]);
  }
  return { args, dataBytes: jsonBytes(args) };
});

const benchCase: BenchCase<Ctx> = {
  name: "REORDERQTY evaluations",
  sizes: [100_000],
  targets: { minPerSecond: 1_000_000 },
  setup: (n) => inputs(n),
  run: ({ args }) => {
    let total = 0;
    for (const a of args) {
      const q = reorderQty(a[0], a[1], a[2], a[3], a[4], a[5]);
      if (typeof q !== "number") throw new Error(`REORDERQTY(${a.join(", ")}) gave an error`);
      total += q;
    }
    return { evaluations: args.length, checksum: total };
  },
};
export default benchCase;
