// What the Overview page asks of the workbook (src/excel does the work).
export { refreshOverview, type OverviewResult } from "../../../excel/overview/refresh";
export { readHeadlines, type Headline } from "../../../excel/overview/headlines";
export { readSettings } from "../../../excel/settings";
export type { WorkbookSettings } from "../../../core/settings/values";
