/** Runs static-server.ts on the directory given and prints its origin (static-server-process.ts reads it). */
import { serveDirectory } from './static-server';

const server = await serveDirectory(process.argv[2]);
console.log(server.origin);
// The parent holds our stdin: when it ends (the bench exits, or dies), so does the server.
process.stdin.resume();
process.stdin.on('end', () => void server.close().then(() => process.exit(0)));
