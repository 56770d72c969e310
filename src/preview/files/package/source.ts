// The package a workbook on screen was opened from, with the workbook as it was read: saving writes
// that package back, and other preview code can read parts the simulator does not model from it
// (`packageSource(workbook)?.pkg.text("xl/charts/chart1.xml")`).
import type { SimWorkbook } from "../../simulator";
import type { Baseline } from "./baseline";
import type { XlsxPackage } from "./xlsxPackage";

export interface PackageSource {
  pkg: XlsxPackage;
  baseline: Baseline;
}

const sources = new WeakMap<SimWorkbook, PackageSource>();

export function setPackageSource(wb: SimWorkbook, source: PackageSource): void {
  sources.set(wb, source);
}

export function packageSource(wb: SimWorkbook): PackageSource | undefined {
  return sources.get(wb);
}
