/**
 * The static server (static-server.ts) in a process of its own, for the
 * benchmarks: the bench's own process is busy with the browser's protocol
 * (traces are megabytes of events), and a server inside it answered the
 * pages' requests tens of milliseconds late, at random. A host serves files
 * from a machine that measures nothing.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { RunningServer } from './static-server';

const CHILD = fileURLToPath(new URL('./static-server-child.ts', import.meta.url));

export async function serveDirectoryInProcess(root: string): Promise<RunningServer> {
	const child = spawn(process.execPath, ['--import', 'tsx', CHILD, root], { stdio: ['pipe', 'pipe', 'inherit'] });
	const lines = createInterface({ input: child.stdout! });
	const origin = await new Promise<string>((resolve, reject) => {
		child.once('error', reject);
		child.once('exit', (code) => reject(new Error(`the static server for ${root} exited (${code}) before it listened`)));
		lines.once('line', resolve);
	});
	return {
		origin,
		// Requests are counted in the page (bench/measure.ts), not here.
		requests: [],
		close: () =>
			new Promise<void>((done) => {
				if (child.exitCode !== null) return done();
				child.once('exit', () => done());
				child.kill();
			})
	};
}
