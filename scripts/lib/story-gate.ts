/**
 * The build's gate: stops a build that does not know the site's public
 * origin (PUBLIC_SITE_ORIGIN) in one line; then reads every story file with
 * the loader and the messages of `npm run story:check`
 * (src/lib/server/story-files.ts) and stops the build on a refusal, one line
 * per problem and no stack trace.
 *
 * It runs in the islands build (vite.islands.config.ts), the first step of
 * `npm run build`, so a refused story costs no bundling at all; the site's
 * build (vite.config.ts) comes after it and does not check again, so each
 * warning is printed once.
 */
import { runnerImport, type Plugin } from 'vite';

const STORY_FILES = './src/lib/server/story-files.ts';
const OEMBED = './src/lib/embed/oembed.ts';

export function storyGate(): Plugin {
	return {
		name: 'story-gate',
		apply: 'build',
		async buildStart() {
			// The site's public origin first (PUBLIC_SITE_ORIGIN): without it the story pages would ship oEmbed links that work only here.
			const { module: oembed } = await runnerImport<typeof import('../../src/lib/embed/oembed')>(OEMBED, { configFile: false, logLevel: 'error' });
			try {
				if (!oembed.siteOrigin(process.env)) {
					console.error(oembed.MISSING_ORIGIN);
					process.exit(1);
				}
			} catch (error) {
				console.error((error as Error).message);
				process.exit(1);
			}
			// Through Vite's module runner: the loader is TypeScript, and the config bundler should not inline it.
			const { module } = await runnerImport<typeof import('../../src/lib/server/story-files')>(STORY_FILES, { configFile: false, logLevel: 'error' });
			const files = module.storyFilePaths();
			const report = module.checkStoryFiles(files);
			for (const line of report.problems) console.error(line);
			if (report.failed.length) {
				console.error(`${report.failed.length} of ${files.length} story file(s) failed; nothing was built. \`npm run story:check\` prints the same lines.`);
				process.exit(1);
			}
		}
	};
}
