/**
 * A minimal static server for the built site, resolving routes the way a
 * static host does for adapter-static output: /a → a.html, /a/ → a/index.html.
 * Loopback only.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8'
};

async function isFile(path: string): Promise<boolean> {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

export interface RunningServer {
	origin: string;
	close: () => Promise<void>;
	/** Every path requested, in order. */
	requests: string[];
}

export async function serveDirectory(root: string, port = 0): Promise<RunningServer> {
	const base = resolve(root);
	const requests: string[] = [];
	const server: Server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		requests.push(url.pathname + url.search);
		const path = normalize(decodeURIComponent(url.pathname));
		const candidates = [join(base, path), join(base, `${path}.html`), join(base, path, 'index.html')];
		for (const file of candidates) {
			if (!file.startsWith(base) || !(await isFile(file))) continue;
			res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
			res.end(await readFile(file));
			return;
		}
		res.writeHead(404, { 'content-type': 'text/plain' });
		res.end('not found');
	});
	await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
	const { port: actual } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${actual}`,
		requests,
		close: () => new Promise((done) => server.close(() => done()))
	};
}
