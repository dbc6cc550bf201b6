/** Runs static-server.ts on the directory given and prints its origin (static-server-process.ts reads it). */
import { serveDirectory } from './static-server';

const server = await serveDirectory(process.argv[2]);
console.log(server.origin);
