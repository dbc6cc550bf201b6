/**
 * What the editor does with files and the browser around its state: opening
 * a file (a story, or an import as a draft), a story of this site, a new
 * story, restoring kept work, and saving. A refused file changes nothing:
 * the working copy stays exactly as it was, and the notice says why in the
 * loader's own lines.
 */
import type { StoryInput } from '../story/schema';
import { scaffoldStory } from '../authoring/scaffold';
import { SCHEMA_REFERENCE, todayAsLocalDate } from '../authoring/story-file';
import { slugify } from '../import/slug';
import { baseName, classifyFile } from '../editor/open';
import { storyFileName, storyText } from '../editor/story-text';
import { formatProblems, validateStory } from '../story/validate';
import type { EditorState, Notice, WorkingCopy } from '../state/editor.svelte';
import { download, fetchSiteStory, saveToHandle, type PickedFile } from './editor-files';
import { forgetCopy } from './editor-store';

/** Where the file last opened with the File System Access API lives, to save back to. */
let handle: FileSystemFileHandle | undefined;

/** A new story: the skeleton of `npm run story:new`, with its schema link. */
export function newStory(editor: EditorState) {
	editor.flush();
	handle = undefined;
	const skeleton = scaffoldStory({ slug: 'new-story', today: todayAsLocalDate(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC' });
	const story = { $schema: SCHEMA_REFERENCE, ...skeleton } as StoryInput;
	editor.load(story, { kind: 'new', name: 'new story' }, '', {
		kind: 'info',
		title: 'A new story, from the skeleton',
		lines: [
			'Every text says what to replace it with. Start with the headline and the time zone under Story, then the events. Nothing is saved to a file until you press Save; your work is kept in this browser meanwhile.'
		]
	});
}

/** Opens a file the author chose or dropped. */
export async function openFile(editor: EditorState, file: PickedFile): Promise<boolean> {
	const opened = classifyFile(file.name, file.bytes);
	if (opened.kind === 'refused') {
		editor.notice = { kind: 'error', title: `${file.name} was not opened`, lines: [...opened.lines, 'Nothing was changed: the story you were working on is as it was.'] };
		return false;
	}
	if (opened.kind === 'workbook') return openWorkbook(editor, file);
	if (opened.kind === 'story') {
		editor.flush();
		handle = file.handle;
		const errors = opened.problems.filter((p) => p.severity === 'error').length;
		const notice: Notice | null = errors
			? { kind: 'warning', title: `${file.name} has ${errors} ${errors === 1 ? 'problem' : 'problems'} to fix`, lines: ['Each is shown at its field and in the list of checks.'] }
			: null;
		editor.load(opened.story, { kind: 'file', name: file.name }, storyText(opened.story), notice);
		return true;
	}
	return importFile(editor, file);
}

/** A TimelineJS3 file or a spreadsheet, through the same importers as `npm run story:import`: a draft, with every warning shown. */
async function importFile(editor: EditorState, file: PickedFile): Promise<boolean> {
	const { importStory, ImportError } = await import('../import/index');
	const slug = slugify(baseName(file.name), 60) || 'imported-story';
	try {
		const result = importStory(file.bytes, { slug, today: todayAsLocalDate() });
		editor.flush();
		handle = undefined;
		const story = { $schema: SCHEMA_REFERENCE, ...result.story } as StoryInput;
		const lines = result.warnings.map((w) => `${w.where}: ${w.message}`);
		editor.load(story, { kind: 'import', name: file.name }, '', {
			kind: 'warning',
			title: `Imported ${file.name} as a draft (${result.story.events.length} events)${lines.length ? `, with ${lines.length} ${lines.length === 1 ? 'warning' : 'warnings'}` : ''}`,
			lines: [...lines, 'Check the time zone under Story, add sources to every event, then untick Draft.']
		});
		return true;
	} catch (error) {
		const message = error instanceof ImportError ? [`${file.name}: ${error.message}`, ...error.warnings.map((w) => `${w.where}: ${w.message}`)] : [`${file.name}: ${(error as Error).message}`];
		editor.notice = { kind: 'error', title: `${file.name} was not opened`, lines: [...message, 'Nothing was changed: the story you were working on is as it was.'] };
		return false;
	}
}

/** A workbook (xlsx, ods, from any program), through the same code as `npm run story:import`; its problems name their cells. */
async function openWorkbook(editor: EditorState, file: PickedFile): Promise<boolean> {
	const { readWorkbook, formatWorkbookProblems } = await import('../workbook/index');
	const result = readWorkbook(file.bytes);
	if (!result.ok) {
		editor.notice = {
			kind: 'error',
			title: `${file.name} was not opened`,
			lines: [...formatWorkbookProblems(file.name, [...result.errors, ...result.warnings]).split('\n'), 'Fix these cells in the spreadsheet and open it again. Nothing was changed here.']
		};
		return false;
	}
	editor.flush();
	handle = undefined;
	const warnings = result.warnings.length ? formatWorkbookProblems(file.name, result.warnings).split('\n') : [];
	editor.load(
		result.story as StoryInput,
		{ kind: 'file', name: file.name },
		'',
		warnings.length ? { kind: 'warning', title: `Opened ${file.name}, with ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}`, lines: warnings } : null
	);
	return true;
}

/** The story as a workbook (xlsx or ods) to plan or edit in a spreadsheet and open here again; only a story without errors. */
export async function saveWorkbook(editor: EditorState, format: 'xlsx' | 'ods'): Promise<string> {
	const checked = validateStory(editor.story);
	if (!checked.ok) return `The story has ${checked.errors.length} ${checked.errors.length === 1 ? 'error' : 'errors'}: fix them before saving it as a workbook.`;
	const { writeWorkbook } = await import('../workbook/index');
	const name = storyFileName(editor.story).replace(/\.json$/, `.${format}`);
	download(name, writeWorkbook(checked.story, format), format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/vnd.oasis.opendocument.spreadsheet');
	return `Downloaded ${name}. Open it here again to go on, or with story:import.`;
}

/** A story of this site (`/edit?story=<slug>`), read from its own `story.json`. */
export async function openSiteStory(editor: EditorState, slug: string): Promise<boolean> {
	let file: PickedFile;
	try {
		file = await fetchSiteStory(slug);
	} catch (error) {
		editor.notice = { kind: 'error', title: `The story “${slug}” was not opened`, lines: [(error as Error).message] };
		return false;
	}
	const opened = classifyFile(file.name, file.bytes);
	if (opened.kind !== 'story') {
		editor.notice = { kind: 'error', title: `The story “${slug}” was not opened`, lines: opened.kind === 'refused' ? opened.lines : [`${slug}.json is not a story file`] };
		return false;
	}
	editor.flush();
	handle = undefined;
	editor.load(opened.story, { kind: 'site', name: slug }, storyText(opened.story));
	return true;
}

/** Work kept in this browser, back as it was left (its own copy, its own saved state). */
export function restore(editor: EditorState, copy: WorkingCopy) {
	editor.flush();
	handle = undefined;
	editor.load(
		copy.story,
		{ ...copy.origin },
		copy.savedText,
		{
			kind: 'info',
			title: 'Restored your unsaved work',
			lines: [`Last changed ${new Date(copy.at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}. Press Save to keep it as a file.`]
		},
		copy.id
	);
}

export async function discard(copy: WorkingCopy) {
	await forgetCopy(copy.id);
}

/** Saves: back to the opened file where the browser allows it, else as a download of `<slug>.json`. */
export async function save(editor: EditorState, asDownload = false): Promise<string> {
	const text = storyText(editor.story);
	const name = storyFileName(editor.story);
	if (handle && !asDownload && (await saveToHandle(handle, text))) {
		editor.saved(text);
		return `Saved to ${handle.name}.`;
	}
	download(name, text);
	editor.saved(text);
	const errors = editor.errorCount;
	return errors ? `Downloaded ${name}. It still has ${errors} ${errors === 1 ? 'error' : 'errors'}: story:check and the build will refuse it until they are fixed.` : `Downloaded ${name}.`;
}

/** Whether a save can write back to the file it came from. */
export const savesBack = () => handle !== undefined;

/** The loader's lines for a notice, as `story:check` prints them. */
export const problemLines = (name: string, problems: Parameters<typeof formatProblems>[1]) => formatProblems(name, problems).split('\n');
