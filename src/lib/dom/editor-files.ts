/**
 * Files in and out of the editor, all on the author's machine: reading a file
 * the author chose or dropped, saving by download (every browser) or back to
 * the file it came from (where the browser offers the File System Access
 * API), and fetching a story of this site (its own origin only).
 */

/** A file the author chose, its bytes and name. */
export interface PickedFile {
	name: string;
	bytes: Uint8Array;
	/** Where the browser lets us write it back (File System Access API). */
	handle?: FileSystemFileHandle;
}

export async function readPicked(file: File, handle?: FileSystemFileHandle): Promise<PickedFile> {
	return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), handle };
}

interface PickerWindow {
	showOpenFilePicker?: (options: unknown) => Promise<FileSystemFileHandle[]>;
}

/** The browser's open dialog with a handle to save back to, where it has one; undefined where it has not (use the file input). */
export function canPickWithHandle(): boolean {
	return typeof (window as PickerWindow).showOpenFilePicker === 'function';
}

export async function pickWithHandle(): Promise<PickedFile | undefined> {
	try {
		const [handle] = await (window as PickerWindow).showOpenFilePicker!({
			types: [{ description: 'Stories, timelines and spreadsheets', accept: { 'application/json': ['.json'], 'text/csv': ['.csv'], 'application/octet-stream': ['.xlsx', '.ods'] } }],
			multiple: false
		});
		return readPicked(await handle.getFile(), handle);
	} catch {
		// The author closed the dialog.
		return undefined;
	}
}

/** Writes `text` back to the file it was opened from; false if the browser refused (permission, a moved file). */
export async function saveToHandle(handle: FileSystemFileHandle, text: string): Promise<boolean> {
	try {
		const writable = await handle.createWritable();
		await writable.write(text);
		await writable.close();
		return true;
	} catch {
		return false;
	}
}

/** Hands `content` to the browser as a download called `name`. */
export function download(name: string, content: string | Uint8Array, type = 'application/json') {
	const url = URL.createObjectURL(new Blob([content as BlobPart], { type: typeof content === 'string' ? `${type};charset=utf-8` : type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A story of this site, as its file is: `/<slug>/story.json` on the same origin. */
export async function fetchSiteStory(slug: string): Promise<PickedFile> {
	const response = await fetch(`/${encodeURIComponent(slug)}/story.json`, { credentials: 'same-origin' });
	if (!response.ok) throw new Error(`${slug}: this site has no story "${slug}" (${response.status})`);
	return { name: `${slug}.json`, bytes: new Uint8Array(await response.arrayBuffer()) };
}
