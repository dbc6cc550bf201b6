/**
 * The tables as an OpenDocument spreadsheet (.ods), written as XML here for
 * the reason given in xlsx-write.ts: SheetJS's community edition writes no
 * frozen header and no validation lists.
 *
 * Every cell is a string cell (`office:value-type="string"`), never a
 * formula; every column's cells have a text data style, so what is typed
 * into them stays text. The frozen header is a view setting (settings.xml),
 * where LibreOffice keeps it.
 */
import { LISTS_SHEET } from './layout';
import type { SheetTable, WorkbookTables } from './tables';
import { cellAddress, columnLetter, xmlText, zipPackage } from './xml';

const NS = {
	office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
	style: 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
	text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
	table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
	fo: 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0',
	number: 'urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0',
	config: 'urn:oasis:names:tc:opendocument:xmlns:config:1.0',
	ooo: 'http://openoffice.org/2004/office',
	meta: 'urn:oasis:names:tc:opendocument:xmlns:meta:1.0',
	dc: 'http://purl.org/dc/elements/1.1/',
	of: 'urn:oasis:names:tc:opendocument:xmlns:of:1.2'
};
const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const VERSION = '1.3';
const MIME = 'application/vnd.oasis.opendocument.spreadsheet';
/** The last row of a sheet: the validation lists reach it, as LibreOffice writes a whole-column validation. */
const LAST_ROW = 1048576;
/** Centimetres per character of width, as LibreOffice sizes a column for its default 10 pt font. */
const CM_PER_CHARACTER = 0.2;

const namespaces = (...names: (keyof typeof NS)[]) => names.map((name) => `xmlns:${name}="${NS[name]}"`).join(' ');

/** An ODF part: its root element (`office:document-content`, …) with namespaces and version, around `body`. */
function part(root: 'content' | 'styles' | 'meta' | 'settings', names: (keyof typeof NS)[], body: string): string {
	const element = `office:document-${root}`;
	return `${HEAD}<${element} ${namespaces(...names)} office:version="${VERSION}">${body}</${element}>\n`;
}

/**
 * A line of text as ODF paragraph content: white space collapses in ODF, so a
 * run of spaces keeps its first and counts the rest (`<text:s text:c="2"/>`),
 * and spaces at either end of the line are all counted; a tab is `<text:tab/>`.
 */
function paragraph(line: string): string {
	let out = '';
	const parts = line.split(/( +|\t)/);
	parts.forEach((part, i) => {
		if (part === '\t') out += '<text:tab/>';
		else if (part.startsWith(' ')) {
			const atEdge = i === 0 || (i === 1 && parts[0] === '') || i === parts.length - 1 || (i === parts.length - 2 && parts[parts.length - 1] === '');
			const literal = atEdge ? 0 : 1;
			if (literal) out += ' ';
			const counted = part.length - literal;
			if (counted === 1) out += '<text:s/>';
			else if (counted > 1) out += `<text:s text:c="${counted}"/>`;
		} else out += xmlText(part);
	});
	return `<text:p>${out}</text:p>`;
}

/** Cell styles: text, wrapped text, header (automatic styles in content.xml). */
const STYLE = { text: 'ce1', wrapped: 'ce2', header: 'ce3' } as const;

function automaticStyles(sheets: SheetTable[]): { xml: string; columnStyle: (width: number) => string } {
	const widths = [...new Set(sheets.flatMap((sheet) => sheet.widths))].sort((a, b) => a - b);
	const columnStyle = (width: number) => `co${widths.indexOf(width) + 1}`;
	const columns = widths.map(
		(width) =>
			`<style:style style:name="${columnStyle(width)}" style:family="table-column"><style:table-column-properties fo:break-before="auto" style:column-width="${(width * CM_PER_CHARACTER).toFixed(3)}cm"/></style:style>`
	);
	const xml = [
		'<office:automatic-styles>',
		'<number:text-style style:name="N100"><number:text-content/></number:text-style>',
		...columns,
		'<style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:use-optimal-row-height="true" fo:break-before="auto"/></style:style>',
		'<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>',
		`<style:style style:name="${STYLE.text}" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N100"><style:table-cell-properties style:vertical-align="top"/></style:style>`,
		`<style:style style:name="${STYLE.wrapped}" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N100"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/></style:style>`,
		`<style:style style:name="${STYLE.header}" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N100"><style:table-cell-properties fo:background-color="#e4eaf1" style:vertical-align="top"/><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>`,
		'</office:automatic-styles>'
	].join('');
	return { xml, columnStyle };
}

/** `'Lists'.$A$2:.$A$13` in ODF's formula syntax. */
function listRange(tables: WorkbookTables, list: number): string {
	const letter = columnLetter(list);
	return `[$${LISTS_SHEET}.$${letter}$2:.$${letter}$${tables.lists[list].values.length + 1}]`;
}

interface Validation {
	name: string;
	sheet: number;
	column: number;
	first: number;
	last: number;
	list: number;
	strict: boolean;
}

function validationsOf(tables: WorkbookTables): Validation[] {
	return tables.sheets.flatMap((sheet, s) =>
		sheet.dropDowns.map((drop, d) => ({ name: `val${s + 1}-${d + 1}`, sheet: s, column: drop.column, first: drop.first, last: drop.last ?? LAST_ROW - 1, list: drop.list, strict: drop.strict }))
	);
}

function contentValidations(tables: WorkbookTables, validations: Validation[]): string {
	if (!validations.length) return '';
	const items = validations.map(
		(v) =>
			`<table:content-validation table:name="${v.name}" table:condition="of:cell-content-is-in-list(${xmlText(listRange(tables, v.list))})" table:allow-empty-cell="true" table:base-cell-address="${xmlText(`'${tables.sheets[v.sheet].name}'.${cellAddress(v.column, v.first)}`)}" table:display-list="unsorted"><table:error-message table:message-type="${v.strict ? 'stop' : 'warning'}" table:display="true"/></table:content-validation>`
	);
	return `<table:content-validations>${items.join('')}</table:content-validations>`;
}

function table(sheet: SheetTable, index: number, validations: Validation[], columnStyle: (width: number) => string): string {
	const mine = validations.filter((v) => v.sheet === index);
	const validationAt = (column: number, row: number) => mine.find((v) => v.column === column && row >= v.first && row <= v.last)?.name;
	const width = sheet.rows[0]?.length ?? 0;
	const styleOf = (column: number, row: number) => (row === 0 ? STYLE.header : sheet.wrap[column] ? STYLE.wrapped : STYLE.text);
	const columns = sheet.widths.map((w, c) => `<table:table-column table:style-name="${columnStyle(w)}" table:default-cell-style-name="${sheet.wrap[c] ? STYLE.wrapped : STYLE.text}"/>`);
	const rows = sheet.rows.map((row, r) => {
		const cells = Array.from({ length: width }, (_, c) => {
			const text = row[c] ?? '';
			const validation = validationAt(c, r);
			const attributes = `table:style-name="${styleOf(c, r)}"${validation ? ` table:content-validation-name="${validation}"` : ''}`;
			if (text === '') return `<table:table-cell ${attributes}/>`;
			return `<table:table-cell ${attributes} office:value-type="string">${text.split('\n').map(paragraph).join('')}</table:table-cell>`;
		});
		return `<table:table-row table:style-name="ro1">${cells.join('')}</table:table-row>`;
	});
	// The rows below the data keep the validation lists down to the sheet's last row.
	const open = mine.filter((v) => v.last >= sheet.rows.length);
	if (open.length) {
		const cells: string[] = [];
		for (let c = 0; c < width; c++) {
			const validation = open.find((v) => v.column === c)?.name;
			cells.push(`<table:table-cell${validation ? ` table:content-validation-name="${validation}"` : ''}/>`);
		}
		rows.push(`<table:table-row table:style-name="ro1" table:number-rows-repeated="${LAST_ROW - sheet.rows.length}">${cells.join('')}</table:table-row>`);
	}
	return `<table:table table:name="${xmlText(sheet.name)}" table:style-name="ta1">${columns.join('')}${rows.join('')}</table:table>`;
}

const configItem = (name: string, type: string, value: string | number) => `<config:config-item config:name="${name}" config:type="${type}">${value}</config:config-item>`;

/** The view settings: each sheet's header row frozen (a split after row 1, frozen: mode 2), the first sheet active. */
function settings(tables: WorkbookTables): string {
	const views = tables.sheets.map(
		(sheet) =>
			`<config:config-item-map-entry config:name="${xmlText(sheet.name)}">${[
				configItem('CursorPositionX', 'int', 0),
				configItem('CursorPositionY', 'int', 1),
				configItem('HorizontalSplitMode', 'short', 0),
				configItem('VerticalSplitMode', 'short', 2),
				configItem('HorizontalSplitPosition', 'int', 0),
				configItem('VerticalSplitPosition', 'int', 1),
				configItem('ActiveSplitRange', 'short', 2),
				configItem('PositionLeft', 'int', 0),
				configItem('PositionRight', 'int', 0),
				configItem('PositionTop', 'int', 0),
				configItem('PositionBottom', 'int', 1)
			].join('')}</config:config-item-map-entry>`
	);
	const tablesConfig = `<config:config-item-map-named config:name="Tables">${views.join('')}</config:config-item-map-named>`;
	const view = `<config:config-item-map-entry>${configItem('ViewId', 'string', 'view1')}${tablesConfig}${configItem('ActiveTable', 'string', xmlText(tables.sheets[0]?.name ?? ''))}</config:config-item-map-entry>`;
	// LibreOffice reads this set only with the ooo prefix declared: its name is a prefixed name.
	return part(
		'settings',
		['office', 'config', 'ooo'],
		`<office:settings><config:config-item-set config:name="ooo:view-settings"><config:config-item-map-indexed config:name="Views">${view}</config:config-item-map-indexed></config:config-item-set></office:settings>`
	);
}

/** The spreadsheet's bytes. */
export function writeOds(tables: WorkbookTables, title: string): Uint8Array {
	const { xml: styles, columnStyle } = automaticStyles(tables.sheets);
	const validations = validationsOf(tables);
	const sheets = tables.sheets.map((sheet, i) => table(sheet, i, validations, columnStyle)).join('');
	const content = part(
		'content',
		['office', 'style', 'text', 'table', 'fo', 'number', 'of'],
		`${styles}<office:body><office:spreadsheet>${contentValidations(tables, validations)}${sheets}</office:spreadsheet></office:body>`
	);
	const commonStyles = part('styles', ['office', 'style'], '<office:styles><style:style style:name="Default" style:family="table-cell"/></office:styles>');
	const meta = part('meta', ['office', 'meta', 'dc'], `<office:meta><dc:title>${xmlText(title)}</dc:title></office:meta>`);
	const manifest = `${HEAD}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="${VERSION}"><manifest:file-entry manifest:full-path="/" manifest:version="${VERSION}" manifest:media-type="${MIME}"/>${[
		'content.xml',
		'styles.xml',
		'meta.xml',
		'settings.xml'
	]
		.map((file) => `<manifest:file-entry manifest:full-path="${file}" manifest:media-type="text/xml"/>`)
		.join('')}</manifest:manifest>\n`;
	return zipPackage(
		[
			['mimetype', MIME],
			['content.xml', content],
			['styles.xml', commonStyles],
			['meta.xml', meta],
			['settings.xml', settings(tables)],
			['META-INF/manifest.xml', manifest]
		],
		['mimetype']
	);
}
