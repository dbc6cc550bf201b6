/**
 * The editor's working copies, kept in the browser's IndexedDB (one per story
 * opened, by WorkingCopy.id) so that a reload, a crash or a closed tab loses
 * nothing. Only on this machine: nothing is sent anywhere. Where IndexedDB is
 * not available (a private window that blocks it), every call quietly does
 * nothing and the page says so.
 */
import type { WorkingCopy } from '../state/editor.svelte';

const DB = 'story-editor';
const STORE = 'working-copies';

let opening: Promise<IDBDatabase | null> | undefined;

function database(): Promise<IDBDatabase | null> {
	opening ??= new Promise((resolve) => {
		try {
			const request = indexedDB.open(DB, 1);
			request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => resolve(null);
			request.onblocked = () => resolve(null);
		} catch {
			resolve(null);
		}
	});
	return opening;
}

function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
	return database().then(
		(db) =>
			new Promise<T | undefined>((resolve) => {
				if (!db) return resolve(undefined);
				try {
					const transaction = db.transaction(STORE, mode);
					const request = work(transaction.objectStore(STORE));
					transaction.oncomplete = () => resolve(request ? request.result : undefined);
					transaction.onerror = () => resolve(undefined);
					transaction.onabort = () => resolve(undefined);
				} catch {
					resolve(undefined);
				}
			})
	);
}

/** Whether copies can be kept at all in this browser. */
export const storeAvailable = (): Promise<boolean> => database().then((db) => db !== null);

export function keepCopy(copy: WorkingCopy): Promise<unknown> {
	// A plain structured clone: the story is plain JSON data.
	return run('readwrite', (store) => store.put(JSON.parse(JSON.stringify(copy))));
}

export function forgetCopy(id: string): Promise<unknown> {
	return run('readwrite', (store) => store.delete(id));
}

/** Every copy kept, the most recent first. */
export async function keptCopies(): Promise<WorkingCopy[]> {
	const copies = (await run<WorkingCopy[]>('readonly', (store) => store.getAll())) ?? [];
	return copies.sort((a, b) => b.at - a.at);
}
