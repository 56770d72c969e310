// A recruitment tracker as Excel writes one, built part by part (no library writes charts or pivot
// tables): a Candidates table with a calculated column, list validation, a conditional format and a
// comment; a Dashboard of formulas (the lookup, conditional-aggregate, text and date functions office
// workbooks use) with a chart; a pivot table over the table on Summary, with its cache and records; a
// sheet of shared formulas; defined names; custom XML; a calculation chain. Each formula carries the
// value Excel computes for it, as a saved file does. `rows` scales it for the bench.
import JSZip from "jszip";

export interface TrackerOptions {
  /** Candidate rows (6 gives the worked values of the tests). */
  rows?: number;
  /** Rows of shared formulas on the Calc sheet. */
  calcRows?: number;
}

const STAGES = ["Interview", "Screening", "Offer", "Interview", "Rejected", "Interview"];
const NAMES = ["Ann", "Bob", "Cat", "Dan", "Eve", "Fay"];
const SCORES = [8, 6, 9, 5, 3, 7];
const FITS = [6, 9, 8, 5, 4, 10];
/** 2024-01-01 as an Excel serial; each candidate applied two weeks after the one before. */
const FIRST_APPLIED = 45292;

export interface Candidate {
  id: string;
  name: string;
  stage: string;
  applied: number;
  score: number;
  fit: number;
  weighted: number;
}

export function candidates(rows: number): Candidate[] {
  return Array.from({ length: rows }, (_, i) => {
    const k = i % 6;
    const score = SCORES[k];
    const fit = FITS[k];
    return {
      id: `C-${String(i + 1).padStart(3, "0")}`,
      name: i < 6 ? NAMES[k] : `${NAMES[k]} ${i + 1}`,
      stage: STAGES[k],
      applied: FIRST_APPLIED + (i < 6 ? [0, 14, 31, 45, 60, 74][k] : i),
      score,
      fit,
      weighted: score * 0.6 + fit * 0.4,
    };
  });
}

/** Dashboard rows: label, formula (as the file stores it), and the value Excel shows. */
export function dashboard(list: Candidate[]): [string, string, number | string | boolean][] {
  const interview = list.filter((c) => c.stage === "Interview");
  const countInterview = interview.length;
  const maxWeighted = Math.max(...list.map((c) => c.weighted));
  const applied = 45323; // DATE(2024,2,1)
  return [
    ["Candidates", "COUNTA(tblCandidates[Candidate_ID])", list.length],
    ["In interview", 'COUNTIFS(tblCandidates[Stage],"Interview")', countInterview],
    [
      "Interview score",
      'SUMIFS(tblCandidates[Score],tblCandidates[Stage],"Interview")',
      interview.reduce((n, c) => n + c.score, 0),
    ],
    [
      "Average interview score",
      'AVERAGEIFS(tblCandidates[Score],tblCandidates[Stage],"Interview")',
      interview.reduce((n, c) => n + c.score, 0) / countInterview,
    ],
    [
      "Lowest interview score",
      'MINIFS(tblCandidates[Score],tblCandidates[Stage],"Interview")',
      Math.min(...interview.map((c) => c.score)),
    ],
    [
      "Best interview fit",
      'MAXIFS(tblCandidates[Fit],tblCandidates[Stage],"Interview")',
      Math.max(...interview.map((c) => c.fit)),
    ],
    ["Row of C-003", 'MATCH("C-003",tblCandidates[Candidate_ID],0)', 3],
    ["Third name", "INDEX(tblCandidates[Name],3)", list[2].name],
    ["Name of C-004", 'XLOOKUP("C-004",tblCandidates[Candidate_ID],tblCandidates[Name])', list[3].name],
    ["First score of 9", "XMATCH(9,tblCandidates[Score])", 3],
    [
      "How many",
      'IFS(B3>5,"many",B3>2,"some",TRUE,"few")',
      countInterview > 5 ? "many" : countInterview > 2 ? "some" : "few",
    ],
    [
      "In words",
      'SWITCH(B3,1,"one",3,"three","other")',
      countInterview === 1 ? "one" : countInterview === 3 ? "three" : "other",
    ],
    ["Joined", 'TEXTJOIN(", ",TRUE,"a","","b")', "a, b"],
    ["Concatenated", 'CONCAT("C-",B2)', `C-${list.length}`],
    ["End of next month", "EOMONTH(DATE(2024,1,31),1)", 45351],
    ["A month on", "EDATE(DATE(2024,1,31),1)", 45351],
    ["Working days in January", "NETWORKDAYS(DATE(2024,1,1),DATE(2024,1,31))", 23],
    ["Three working days after", "WORKDAY(DATE(2024,1,5),3)", 45301],
    ["Whole months", 'DATEDIF(DATE(2024,1,15),DATE(2024,3,14),"m")', 1],
    ["Unknown candidate", 'IFNA(MATCH("C-999",tblCandidates[Candidate_ID],0),"none")', "none"],
    [
      "Score × fit",
      "SUMPRODUCT(tblCandidates[Score],tblCandidates[Fit])",
      list.reduce((n, c) => n + c.score * c.fit, 0),
    ],
    ["Rounded up", "ROUNDUP(3.14159,2)", 3.15],
    ["Rounded down", "ROUNDDOWN(-3.14159,1)", -3.1],
    ["Date as text", 'TEXT(DATE(2024,3,5),"yyyy-mm-dd")', "2024-03-05"],
    ["Number as text", 'TEXT(1234.5,"#,##0.00")', "1,234.50"],
    ["Broken lookup", "VLOOKUP(#REF!,tblCandidates,2,FALSE)", "#REF!"],
    ["Named range", "SUM(StageScores)", list.reduce((n, c) => n + c.score, 0)],
    [
      "Best weighted",
      "INDEX(tblCandidates[Weighted],MATCH(MAX(tblCandidates[Weighted]),tblCandidates[Weighted],0))",
      maxWeighted,
    ],
    [
      "Applied since February",
      'COUNTIFS(tblCandidates[Applied],">="&DATE(2024,2,1),tblCandidates[Stage],"<>Rejected")',
      list.filter((c) => c.applied >= applied && c.stage !== "Rejected").length,
    ],
    ["Missing", 'XLOOKUP("zzz",tblCandidates[Candidate_ID],tblCandidates[Name],"missing")', "missing"],
  ];
}

const esc = (t: string) =>
  t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const col = (c: number) => String.fromCharCode(65 + c);
const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function rels(list: [id: string, type: string, target: string][]): string {
  return `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${list
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`)
    .join("")}</Relationships>`;
}

class Strings {
  list: string[] = [];
  refs = 0;
  of(text: string): number {
    this.refs++;
    const at = this.list.indexOf(text);
    if (at >= 0) return at;
    this.list.push(text);
    return this.list.length - 1;
  }
  xml(): string {
    return `${DECL}<sst ${NS.split(" ")[0]} count="${this.refs}" uniqueCount="${this.list.length}">${this.list.map((t) => `<si><t>${esc(t)}</t></si>`).join("")}</sst>`;
  }
}

function valueCell(ref: string, v: number | string | boolean, strings: Strings, style = 0): string {
  const s = style ? ` s="${style}"` : "";
  if (typeof v === "number") return `<c r="${ref}"${s}><v>${v}</v></c>`;
  if (typeof v === "boolean") return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="s"><v>${strings.of(v)}</v></c>`;
}

function formulaCell(ref: string, f: string, v: number | string | boolean, style = 0): string {
  const s = style ? ` s="${style}"` : "";
  const t =
    typeof v === "string"
      ? v.startsWith("#")
        ? ' t="e"'
        : ' t="str"'
      : typeof v === "boolean"
        ? ' t="b"'
        : "";
  const value = typeof v === "boolean" ? (v ? "1" : "0") : String(v);
  return `<c r="${ref}"${s}${t}><f>${esc(f)}</f><v>${esc(value)}</v></c>`;
}

const STYLES = `${DECL}<styleSheet ${NS.split(" ")[0]}><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts><fonts count="2"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font><font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`;

export async function recruitmentTracker(options: TrackerOptions = {}): Promise<Uint8Array> {
  const list = candidates(options.rows ?? 6);
  const calcRows = options.calcRows ?? 5;
  const n = list.length;
  const last = n + 1;
  const strings = new Strings();
  const zip = new JSZip();
  const chain: string[] = [];

  // Candidates: the table, its calculated column, validation, a conditional format and a comment.
  const headers = ["Candidate_ID", "Name", "Stage", "Applied", "Score", "Fit", "Weighted"];
  const rowsXml = [
    `<row r="1" spans="1:7">${headers.map((h, c) => valueCell(`${col(c)}1`, h, strings, 2)).join("")}</row>`,
  ];
  list.forEach((c, i) => {
    const r = i + 2;
    rowsXml.push(
      `<row r="${r}" spans="1:7">` +
        valueCell(`A${r}`, c.id, strings) +
        valueCell(`B${r}`, c.name, strings) +
        valueCell(`C${r}`, c.stage, strings) +
        valueCell(`D${r}`, c.applied, strings, 1) +
        valueCell(`E${r}`, c.score, strings) +
        valueCell(`F${r}`, c.fit, strings) +
        formulaCell(
          `G${r}`,
          "tblCandidates[[#This Row],[Score]]*0.6+tblCandidates[[#This Row],[Fit]]*0.4",
          c.weighted,
          3,
        ) +
        "</row>",
    );
    chain.push(`<c r="G${r}" i="1"/>`);
  });
  zip.file(
    "xl/worksheets/sheet1.xml",
    `${DECL}<worksheet ${NS}><dimension ref="A1:G${last}"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="1" width="14.7109375" customWidth="1"/><col min="4" max="4" width="12.7109375" customWidth="1"/></cols><sheetData>${rowsXml.join("")}</sheetData>` +
      `<conditionalFormatting sqref="E2:E${last}"><cfRule type="expression" dxfId="0" priority="1"><formula>$E2&lt;5</formula></cfRule></conditionalFormatting>` +
      `<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="C2:C${last}"><formula1>"Applied,Screening,Interview,Offer,Hired,Rejected,Withdrawn"</formula1></dataValidation></dataValidations>` +
      `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup orientation="landscape"/><legacyDrawing r:id="rId3"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`,
  );
  zip.file(
    "xl/worksheets/_rels/sheet1.xml.rels",
    rels([
      ["rId1", "table", "../tables/table1.xml"],
      ["rId2", "comments", "../comments1.xml"],
      ["rId3", "vmlDrawing", "../drawings/vmlDrawing1.vml"],
    ]),
  );
  zip.file(
    "xl/tables/table1.xml",
    `${DECL}<table ${NS.split(" ")[0]} id="1" name="tblCandidates" displayName="tblCandidates" ref="A1:G${last}" totalsRowShown="0"><autoFilter ref="A1:G${last}"/><tableColumns count="7">${headers
      .map((h, i) =>
        i === 6
          ? `<tableColumn id="7" name="${h}" dataDxfId="0"><calculatedColumnFormula>tblCandidates[[#This Row],[Score]]*0.6+tblCandidates[[#This Row],[Fit]]*0.4</calculatedColumnFormula></tableColumn>`
          : `<tableColumn id="${i + 1}" name="${h}"/>`,
      )
      .join(
        "",
      )}</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
  );
  zip.file(
    "xl/comments1.xml",
    `${DECL}<comments ${NS.split(" ")[0]}><authors><author>Hiring lead</author></authors><commentList><comment ref="B2" authorId="0"><text><r><t>Referred by Dan.</t></r></text></comment></commentList></comments>`,
  );
  zip.file(
    "xl/drawings/vmlDrawing1.vml",
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;visibility:hidden"><x:ClientData ObjectType="Note"><x:Row>1</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>',
  );

  // Dashboard: one formula a row, and a chart of the scores.
  const board = dashboard(list);
  zip.file(
    "xl/worksheets/sheet2.xml",
    `${DECL}<worksheet ${NS}><dimension ref="A1:B${board.length + 1}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData><row r="1">${valueCell("A1", "Measure", strings, 2)}${valueCell("B1", "Value", strings, 2)}</row>${board
      .map(([label, f, v], i) => {
        chain.push(`<c r="B${i + 2}" i="2"/>`);
        const style = f.startsWith("EOMONTH") || f.startsWith("EDATE") || f.startsWith("WORKDAY") ? 1 : 0;
        return `<row r="${i + 2}">${valueCell(`A${i + 2}`, label, strings)}${formulaCell(`B${i + 2}`, f, v, style)}</row>`;
      })
      .join(
        "",
      )}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/></worksheet>`,
  );
  zip.file("xl/worksheets/_rels/sheet2.xml.rels", rels([["rId1", "drawing", "../drawings/drawing1.xml"]]));
  zip.file(
    "xl/drawings/drawing1.xml",
    `${DECL}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Scores"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId1" xmlns:r="${REL}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
  );
  zip.file("xl/drawings/_rels/drawing1.xml.rels", rels([["rId1", "chart", "../charts/chart1.xml"]]));
  zip.file(
    "xl/charts/chart1.xml",
    `${DECL}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Scores</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:plotArea><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>Candidates!$E$1</c:f></c:strRef></c:tx><c:cat><c:strRef><c:f>Candidates!$B$2:$B$${last}</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>Candidates!$E$2:$E$${last}</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`,
  );

  // Summary: a pivot table counting candidates by stage, over the table by name.
  const stages = [...new Set(list.map((c) => c.stage))].sort();
  const counts = stages.map((s) => list.filter((c) => c.stage === s).length);
  zip.file(
    "xl/worksheets/sheet3.xml",
    `${DECL}<worksheet ${NS}><dimension ref="A3:B${stages.length + 4}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData><row r="3">${valueCell("A3", "Row Labels", strings)}${valueCell("B3", "Count of Candidate_ID", strings)}</row>${stages
      .map(
        (s, i) =>
          `<row r="${i + 4}">${valueCell(`A${i + 4}`, s, strings)}${valueCell(`B${i + 4}`, counts[i], strings)}</row>`,
      )
      .join(
        "",
      )}<row r="${stages.length + 4}">${valueCell(`A${stages.length + 4}`, "Grand Total", strings)}${valueCell(`B${stages.length + 4}`, n, strings)}</row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
  );
  zip.file(
    "xl/worksheets/_rels/sheet3.xml.rels",
    rels([["rId1", "pivotTable", "../pivotTables/pivotTable1.xml"]]),
  );
  zip.file(
    "xl/pivotTables/pivotTable1.xml",
    `${DECL}<pivotTableDefinition ${NS.split(" ")[0]} name="StagePivot" cacheId="1" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Values" updatedVersion="8" minRefreshableVersion="3" useAutoFormatting="1" itemPrintTitles="1" createdVersion="8" indent="0" outline="1" outlineData="1" multipleFieldFilters="0"><location ref="A3:B${stages.length + 4}" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="7"><pivotField dataField="1" showAll="0"/><pivotField showAll="0"/><pivotField axis="axisRow" showAll="0"><items count="${stages.length + 1}">${stages.map((_, i) => `<item x="${i}"/>`).join("")}<item t="default"/></items></pivotField><pivotField numFmtId="14" showAll="0"/><pivotField showAll="0"/><pivotField showAll="0"/><pivotField showAll="0"/></pivotFields><rowFields count="1"><field x="2"/></rowFields><rowItems count="${stages.length + 1}">${stages.map((_, i) => `<i><x v="${i}"/></i>`).join("")}<i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Count of Candidate_ID" fld="0" subtotal="count" baseField="0" baseItem="0"/></dataFields><pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/></pivotTableDefinition>`,
  );
  zip.file(
    "xl/pivotTables/_rels/pivotTable1.xml.rels",
    rels([["rId1", "pivotCacheDefinition", "../pivotCache/pivotCacheDefinition1.xml"]]),
  );
  zip.file(
    "xl/pivotCache/pivotCacheDefinition1.xml",
    `${DECL}<pivotCacheDefinition ${NS} r:id="rId1" refreshedBy="Hiring lead" refreshedDate="45366.5" createdVersion="8" refreshedVersion="8" minRefreshableVersion="3" recordCount="${n}"><cacheSource type="worksheet"><worksheetSource name="tblCandidates"/></cacheSource><cacheFields count="7"><cacheField name="Candidate_ID" numFmtId="0"><sharedItems/></cacheField><cacheField name="Name" numFmtId="0"><sharedItems/></cacheField><cacheField name="Stage" numFmtId="0"><sharedItems count="${stages.length}">${stages.map((s) => `<s v="${s}"/>`).join("")}</sharedItems></cacheField><cacheField name="Applied" numFmtId="14"><sharedItems containsSemiMixedTypes="0" containsNonDate="0" containsDate="1" containsString="0"/></cacheField><cacheField name="Score" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1"/></cacheField><cacheField name="Fit" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1"/></cacheField><cacheField name="Weighted" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1"/></cacheField></cacheFields></pivotCacheDefinition>`,
  );
  zip.file(
    "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels",
    rels([["rId1", "pivotCacheRecords", "pivotCacheRecords1.xml"]]),
  );
  zip.file(
    "xl/pivotCache/pivotCacheRecords1.xml",
    `${DECL}<pivotCacheRecords ${NS} count="${n}">${list
      .map(
        (c) =>
          `<r><s v="${c.id}"/><s v="${esc(c.name)}"/><x v="${stages.indexOf(c.stage)}"/><n v="${c.applied}"/><n v="${c.score}"/><n v="${c.fit}"/><n v="${c.weighted}"/></r>`,
      )
      .join("")}</pivotCacheRecords>`,
  );

  // Calc: a column of shared formulas, as Excel writes a filled-down formula.
  const calc: string[] = [];
  for (let r = 1; r <= calcRows; r++) {
    const f = r === 1 ? `<f t="shared" ref="B1:B${calcRows}" si="0">A1*2</f>` : '<f t="shared" si="0"/>';
    calc.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}">${f}<v>${r * 2}</v></c></row>`);
    chain.push(`<c r="B${r}" i="4"/>`);
  }
  zip.file(
    "xl/worksheets/sheet4.xml",
    `${DECL}<worksheet ${NS}><dimension ref="A1:B${calcRows}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>${calc.join("")}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
  );

  zip.file(
    "xl/workbook.xml",
    `${DECL}<workbook ${NS}><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr defaultThemeVersion="166925"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets><sheet name="Candidates" sheetId="1" r:id="rId1"/><sheet name="Dashboard" sheetId="2" r:id="rId2"/><sheet name="Summary" sheetId="3" r:id="rId3"/><sheet name="Calc" sheetId="4" r:id="rId4"/></sheets><definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">Candidates!$A$1:$G$${last}</definedName><definedName name="StageScores">Candidates!$E$2:$E$${last}</definedName></definedNames><calcPr calcId="191029"/><pivotCaches><pivotCache cacheId="1" r:id="rId8"/></pivotCaches></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels([
      ["rId1", "worksheet", "worksheets/sheet1.xml"],
      ["rId2", "worksheet", "worksheets/sheet2.xml"],
      ["rId3", "worksheet", "worksheets/sheet3.xml"],
      ["rId4", "worksheet", "worksheets/sheet4.xml"],
      ["rId5", "styles", "styles.xml"],
      ["rId6", "sharedStrings", "sharedStrings.xml"],
      ["rId7", "calcChain", "calcChain.xml"],
      ["rId8", "pivotCacheDefinition", "pivotCache/pivotCacheDefinition1.xml"],
    ]),
  );
  zip.file("xl/styles.xml", STYLES);
  zip.file("xl/sharedStrings.xml", strings.xml());
  zip.file("xl/calcChain.xml", `${DECL}<calcChain ${NS.split(" ")[0]}>${chain.join("")}</calcChain>`);
  zip.file(
    "customXml/item1.xml",
    '<?xml version="1.0" encoding="UTF-8"?><roster xmlns="urn:example:hiring"><owner>Hiring lead</owner></roster>',
  );
  zip.file(
    "docProps/core.xml",
    `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Hiring lead</dc:creator></cp:coreProperties>`,
  );
  zip.file(
    "_rels/.rels",
    `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
  );
  const ct = "application/vnd.openxmlformats-officedocument";
  const overrides: [string, string][] = [
    ["/xl/workbook.xml", `${ct}.spreadsheetml.sheet.main+xml`],
    ...[1, 2, 3, 4].map((i): [string, string] => [
      `/xl/worksheets/sheet${i}.xml`,
      `${ct}.spreadsheetml.worksheet+xml`,
    ]),
    ["/xl/styles.xml", `${ct}.spreadsheetml.styles+xml`],
    ["/xl/sharedStrings.xml", `${ct}.spreadsheetml.sharedStrings+xml`],
    ["/xl/tables/table1.xml", `${ct}.spreadsheetml.table+xml`],
    ["/xl/comments1.xml", `${ct}.spreadsheetml.comments+xml`],
    ["/xl/drawings/drawing1.xml", `${ct}.drawing+xml`],
    ["/xl/charts/chart1.xml", `${ct}.drawingml.chart+xml`],
    ["/xl/pivotTables/pivotTable1.xml", `${ct}.spreadsheetml.pivotTable+xml`],
    ["/xl/pivotCache/pivotCacheDefinition1.xml", `${ct}.spreadsheetml.pivotCacheDefinition+xml`],
    ["/xl/pivotCache/pivotCacheRecords1.xml", `${ct}.spreadsheetml.pivotCacheRecords+xml`],
    ["/xl/calcChain.xml", `${ct}.spreadsheetml.calcChain+xml`],
    ["/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"],
  ];
  zip.file(
    "[Content_Types].xml",
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="${ct}.vmlDrawing"/>${overrides
      .map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`)
      .join("")}</Types>`,
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
