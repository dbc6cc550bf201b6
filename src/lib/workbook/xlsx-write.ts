/**
 * The tables as an Office Open XML workbook (.xlsx), written as XML here
 * because SheetJS's community edition, which reads our workbooks, writes no
 * frozen panes and no data validation (its Pro edition does).
 *
 * Every cell is a shared string (`t="s"`), so nothing a story says is ever a
 * formula, and every column's cells, empty ones included, have the text
 * number format (`@`, numFmtId 49), so a date typed into one stays as typed.
 */
import { cellAddress, columnLetter, xmlText, zipPackage } from './xml';
import { LISTS_SHEET } from './layout';
import type { SheetTable, WorkbookTables } from './tables';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** The last row of a sheet in Excel, LibreOffice and Google Sheets. */
const LAST_ROW = 1048576;

/** Points per line of 11 pt Calibri, the row height Excel gives it. */
const LINE_HEIGHT = 15;

/** The cell styles (`cellXfs`): default, text, wrapped text, header. */
const STYLE = { text: 1, wrapped: 2, header: 3 } as const;

const STYLES = `${HEAD}<styleSheet xmlns="${MAIN}">
<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE4EAF1"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="4">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="49" fontId="1" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top"/></xf>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>
`;

/** Shared strings, each once. */
class Strings {
	readonly index = new Map<string, number>();
	count = 0;

	add(text: string): number {
		this.count++;
		let i = this.index.get(text);
		if (i === undefined) this.index.set(text, (i = this.index.size));
		return i;
	}

	xml(): string {
		const items = [...this.index.keys()].map((text) => `<si><t${/^\s|\s$/.test(text) ? ' xml:space="preserve"' : ''}>${xmlText(ooxmlEscape(text))}</t></si>`);
		return `${HEAD}<sst xmlns="${MAIN}" count="${this.count}" uniqueCount="${this.index.size}">${items.join('')}</sst>\n`;
	}
}

/**
 * Excel reads `_x000D_` in a string as the character U+000D, so a story text
 * that holds such a sequence has its underscore written as `_x005F_`. Tabs and
 * line breaks are written as themselves; a story holds no other control character.
 */
function ooxmlEscape(text: string): string {
	return text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
}

function listRange(tables: WorkbookTables, list: number): string {
	const letter = columnLetter(list);
	return `${LISTS_SHEET}!$${letter}$2:$${letter}$${tables.lists[list].values.length + 1}`;
}

function worksheet(sheet: SheetTable, tables: WorkbookTables, strings: Strings, selected: boolean): string {
	const width = Math.max(1, sheet.rows[0]?.length ?? 0);
	const cols = sheet.widths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w + 0.7}" style="${sheet.wrap[c] ? STYLE.wrapped : STYLE.text}" customWidth="1"/>`).join('');
	const rows = sheet.rows.map((row, r) => {
		const cells = row
			.map((text, c) => (text === '' ? '' : `<c r="${cellAddress(c, r)}" s="${r === 0 ? STYLE.header : sheet.wrap[c] ? STYLE.wrapped : STYLE.text}" t="s"><v>${strings.add(text)}</v></c>`))
			.join('');
		// Programs do not fit a row to its wrapped text when they open an xlsx file, so the height is estimated (not marked custom: a program that fits rows may still do so).
		const height = sheet.lines[r] > 1 ? ` ht="${sheet.lines[r] * LINE_HEIGHT}"` : '';
		return `<row r="${r + 1}"${height}>${cells}</row>`;
	});
	const validations = sheet.dropDowns.map((drop) => {
		const letter = columnLetter(drop.column);
		const sqref = `${letter}${drop.first + 1}:${letter}${drop.last === undefined ? LAST_ROW : drop.last + 1}`;
		// A list of values (a source's kinds) may hold several: a warning rather than a refusal.
		const error = drop.strict ? '' : ' errorStyle="warning"';
		return `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"${error} sqref="${sqref}"><formula1>${xmlText(listRange(tables, drop.list))}</formula1></dataValidation>`;
	});
	return [
		`${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">`,
		`<dimension ref="A1:${cellAddress(width - 1, Math.max(0, sheet.rows.length - 1))}"/>`,
		`<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>`,
		'<sheetFormatPr defaultRowHeight="15"/>',
		cols ? `<cols>${cols}</cols>` : '',
		`<sheetData>${rows.join('')}</sheetData>`,
		validations.length ? `<dataValidations count="${validations.length}">${validations.join('')}</dataValidations>` : '',
		'<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
		'</worksheet>\n'
	].join('');
}

/** The workbook's bytes. */
export function writeXlsx(tables: WorkbookTables, title: string): Uint8Array {
	const strings = new Strings();
	const sheets = tables.sheets.map((sheet, i) => worksheet(sheet, tables, strings, i === 0));
	const n = sheets.length;
	const contentTypes = `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
		.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
		.join(
			''
		)}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>\n`;
	const rootRels = `${HEAD}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>\n`;
	const core = `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${xmlText(title)}</dc:title></cp:coreProperties>\n`;
	const workbook = `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${tables.sheets
		.map((sheet, i) => `<sheet name="${xmlText(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
		.join('')}</sheets></workbook>\n`;
	const workbookRels = `${HEAD}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${sheets
		.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
		.join(
			''
		)}<Relationship Id="rId${n + 1}" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="${RELATIONSHIPS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>\n`;
	return zipPackage([
		['[Content_Types].xml', contentTypes],
		['_rels/.rels', rootRels],
		['docProps/core.xml', core],
		['xl/workbook.xml', workbook],
		['xl/_rels/workbook.xml.rels', workbookRels],
		['xl/styles.xml', STYLES],
		...sheets.map((xml, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, xml]),
		['xl/sharedStrings.xml', strings.xml()]
	]);
}
