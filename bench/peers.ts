/**
 * The peers' pages, generated from the same story as ours: a TimelineJS3 page
 * and a vis-timeline page, each using the installed (pinned) dist files copied
 * next to it, so nothing is fetched from outside 127.0.0.1.
 *
 * Both pages carry their events inline (a `<script type="application/json">`),
 * as our prerendered page carries its data inline, and open on the story's
 * focus window (vis-timeline: `start`/`end`; TimelineJS3: `start_at_slide` at
 * the first event in the focus window).
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Story } from '../src/lib/story/schema';
import { parseLocalDate, localDateSpan, type LocalDate } from '../src/lib/time/local-date';

const TL_DIST = 'node_modules/@knight-lab/timelinejs/dist';
const VIS_UMD = 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js';

/** Copies the peers' dist files into `dir/vendor`. */
export function copyVendor(dir: string): void {
	const vendor = join(dir, 'vendor');
	mkdirSync(join(vendor, 'timelinejs/js'), { recursive: true });
	mkdirSync(join(vendor, 'timelinejs/css'), { recursive: true });
	mkdirSync(join(vendor, 'vis-timeline'), { recursive: true });
	cpSync(join(TL_DIST, 'js/timeline.js'), join(vendor, 'timelinejs/js/timeline.js'));
	cpSync(join(TL_DIST, 'css/timeline.css'), join(vendor, 'timelinejs/css/timeline.css'));
	cpSync(join(TL_DIST, 'css/icons'), join(vendor, 'timelinejs/css/icons'), { recursive: true });
	cpSync(VIS_UMD, join(vendor, 'vis-timeline/vis-timeline-graph2d.min.js'));
}

/** JSON safe inside a `<script>` element. */
const inlineJson = (value: unknown) =>
	JSON.stringify(value)
		.replace(/</g, '\\u003c')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface TlDate {
	year: number;
	month?: number;
	day?: number;
	hour?: number;
	minute?: number;
}

/** TimelineJS3 date parts: only the parts the precision has, so TL shows the date as precisely as we do. */
function tlDate(local: LocalDate): TlDate {
	const date: TlDate = { year: local.year };
	if (local.month !== undefined) date.month = local.month;
	if (local.day !== undefined) date.day = local.day;
	if (local.hour !== undefined) date.hour = local.hour;
	if (local.minute !== undefined) date.minute = local.minute;
	return date;
}

function spanOfWhen(when: Story['events'][number]['when'], timeZone: string): { start: number; end: number; from: LocalDate; to?: LocalDate; label?: string } {
	if (typeof when === 'string') {
		const local = parseLocalDate(when)!;
		return { ...localDateSpan(local, timeZone), from: local };
	}
	const from = parseLocalDate(when.from)!;
	const to = parseLocalDate(when.to)!;
	return { start: localDateSpan(from, timeZone).start, end: localDateSpan(to, timeZone).end, from, to, label: when.label };
}

function focusSpan(story: Story): { start: number; end: number } {
	const { focus, timeZone } = story.meta;
	return { start: localDateSpan(parseLocalDate(focus.from)!, timeZone).start, end: localDateSpan(parseLocalDate(focus.to)!, timeZone).end };
}

/** Our story as TimelineJS3 JSON: start_date (and end_date for ranges) parts by precision, text.headline / text.text. */
export function toTimelineJs(story: Story) {
	const events = story.events.map((event) => {
		const span = spanOfWhen(event.when, story.meta.timeZone);
		return {
			unique_id: event.id,
			start_date: tlDate(span.from),
			...(span.to ? { end_date: tlDate(span.to) } : {}),
			...(span.label ? { display_date: span.label } : {}),
			text: { headline: escapeHtml(event.title), text: `<p>${escapeHtml(event.summary)}</p>` },
			_start: span.start
		};
	});
	const focus = focusSpan(story);
	// TimelineJS3 sorts by start date; open on the first event of the focus window, as we and vis-timeline do.
	const sorted = [...events].sort((a, b) => a._start - b._start);
	const startAt = Math.max(
		0,
		sorted.findIndex((e) => e._start >= focus.start)
	);
	return { timeline: { events: events.map(({ _start, ...rest }) => rest) }, startAt };
}

/** Our story as vis-timeline items: {id, content, start, end?}; end only for ranges. Times as UTC ms. */
export function toVisItems(story: Story) {
	const items = story.events.map((event) => {
		const span = spanOfWhen(event.when, story.meta.timeZone);
		return { id: event.id, content: escapeHtml(event.title), start: span.start, ...(typeof event.when === 'string' ? {} : { end: span.end }) };
	});
	return { items, window: focusSpan(story) };
}

/** A peer's bench page: its files in the head, its container, the story's data inline, and the script that starts it. */
function peerPage(title: string, head: string, container: string, data: unknown, script: string): string {
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
${head}
</head>
<body style="margin:0">
${container}
<script type="application/json" id="bench-data">${inlineJson(data)}</script>
<script>
	var data = JSON.parse(document.getElementById('bench-data').textContent);
${script}
</script>
</body>
</html>
`;
}

export function timelineJsPage(story: Story): string {
	return peerPage(
		`TimelineJS3: ${story.meta.title}`,
		'<link rel="stylesheet" href="vendor/timelinejs/css/timeline.css">\n<script src="vendor/timelinejs/js/timeline.js"></script>',
		'<div id="timeline-embed" style="width:100%;height:600px"></div>',
		toTimelineJs(story),
		`	// font: null: no web font (the default theme loads Google Fonts); script_path: our copy, not the CDN.
	window.timeline = new TL.Timeline('timeline-embed', data.timeline, {
		font: null,
		script_path: new URL('vendor/timelinejs/js/', location.href).href,
		start_at_slide: data.startAt,
		hash_bookmark: false,
		language: 'en'
	});`
	);
}

export function visTimelinePage(story: Story): string {
	return peerPage(
		`vis-timeline: ${story.meta.title}`,
		'<script src="vendor/vis-timeline/vis-timeline-graph2d.min.js"></script>',
		'<div id="visualization"></div>',
		toVisItems(story),
		`	var items = new vis.DataSet(data.items);
	// Default options (zoomKey '' : a plain wheel zooms), a fixed height and the story's focus window.
	window.timeline = new vis.Timeline(document.getElementById('visualization'), items, {
		start: data.window.start,
		end: data.window.end,
		height: '600px'
	});
	// With start/end given, vis-timeline keeps its root hidden (visibility: hidden) until a redraw
	// after its first 'rangechanged' (debounced 200 ms); left alone, that redraw waits for the
	// 1-second auto-resize check. One redraw on 'rangechanged' shows it as soon as vis allows.
	window.timeline.once('rangechanged', function () { window.timeline.redraw(); });`
	);
}

/** Writes tl-<slug>.html and vis-<slug>.html into `dir`; returns their file names. */
export function writePeerPages(dir: string, story: Story): { timelinejs: string; vis: string } {
	mkdirSync(dir, { recursive: true });
	const slug = story.meta.slug;
	writeFileSync(join(dir, `tl-${slug}.html`), timelineJsPage(story));
	writeFileSync(join(dir, `vis-${slug}.html`), visTimelinePage(story));
	return { timelinejs: `tl-${slug}.html`, vis: `vis-${slug}.html` };
}
