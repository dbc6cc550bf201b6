/**
 * A static server for the built site (sirv on node:http), resolving routes the
 * way a static host does for adapter-static output: /a → a.html, /a/ →
 * a/index.html, anything else → 404. Nothing is cached (Cache-Control:
 * no-store), so every load in a test or a bench run fetches every byte.
 * Loopback only.
 */
import { createServer, type Server } from 'node:http';
import { extname, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** sirv (mrmime) names a charset for HTML only; text is UTF-8 here (the islands are classic scripts with non-ASCII text), so say so. */
const UTF8_TEXT: Record<string, string> = {
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8'
};

export interface RunningServer {
	origin: string;
	close: () => Promise<void>;
	/** Every path requested, in order. */
	requests: string[];
}

export async function serveDirectory(root: string, port = 0): Promise<RunningServer> {
	const requests: string[] = [];
	const serve = sirv(resolve(root), {
		// Reads the disk on every request (files written after the start are served) and sends no-store.
		dev: true,
		// An ETag would make sirv send no-cache and answer 304s: a bench reload must fetch every byte again.
		etag: false,
		extensions: ['html'],
		setHeaders: (res, pathname) => {
			const type = UTF8_TEXT[extname(pathname)];
			if (type) res.setHeader('Content-Type', type);
		},
		onNoMatch: (_req, res) => {
			res.writeHead(404, { 'content-type': 'text/plain' });
			res.end('not found');
		}
	});
	const server: Server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		requests.push(url.pathname + url.search);
		// A static host serves /a/ from a/index.html only; sirv would also try a.html (its extensions apply with or without the slash).
		if (url.pathname.endsWith('/')) req.url = `${url.pathname}index.html${url.search}`;
		serve(req, res);
	});
	await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
	const { port: actual } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${actual}`,
		requests,
		close: () => new Promise((done) => server.close(() => done()))
	};
}
