/**
 * WordPress as the browser tests meet it, without running WordPress (the real
 * one is tests/full/wordpress.test.ts): Debian's own wp-embed.js, read from
 * the `wordpress` package at test time (never copied into the repository),
 * and what WordPress 6.1 makes of an oEmbed document's HTML from a provider
 * it does not know, ported line by line from wp_filter_oembed_result()
 * (wp-includes/embed.php); and the real one, started for tests/full.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Parser } from 'htmlparser2';

export const WP_EMBED_JS = '/usr/share/wordpress/wp-includes/js/wp-embed.js';

/** Debian's wp-embed.js, as WordPress prints it on a page with an embed. */
export function wpEmbedScript(): string {
	if (!existsSync(WP_EMBED_JS)) throw new Error(`${WP_EMBED_JS} is missing: install Debian's WordPress (apt-get install -y wordpress).`);
	return readFileSync(WP_EMBED_JS, 'utf8');
}

/** wp_filter_oembed_result's list: every other element and attribute is dropped (an element's text stays). */
const ALLOWED: Record<string, string[]> = {
	a: ['href'],
	blockquote: [],
	iframe: ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title']
};

/** wp_kses() with ALLOWED, for HTML as simple as an oEmbed document's (text and attribute values are kept as written). */
function kses(html: string): string {
	let out = '';
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				const allowed = ALLOWED[name];
				if (!allowed) return;
				const kept = Object.entries(attributes).filter(([key]) => allowed.includes(key));
				out += `<${name}${kept.map(([key, value]) => ` ${key}="${value}"`).join('')}>`;
			},
			onclosetag(name) {
				if (ALLOWED[name]) out += `</${name}>`;
			},
			ontext(text) {
				out += text;
			}
		},
		{ decodeEntities: false }
	);
	parser.write(html);
	parser.end();
	return out;
}

/**
 * The oEmbed HTML as WordPress puts it in a post: sanitized, the iframe sandboxed (`allow-scripts` only, so
 * an opaque origin and no popups) with `#?secret=…` on its src, and hidden until it speaks when a blockquote
 * comes first (which also makes WordPress load wp-embed.js).
 */
export function wordpressFilteredEmbed(html: string, secret: string): string {
	const clean = kses(html);
	const content = /(<blockquote>.*?<\/blockquote>)?.*(<iframe.*?><\/iframe>)/s.exec(clean);
	if (!content?.[2]) throw new Error('WordPress drops an oEmbed document without an iframe');
	let out = (content[1] ?? '') + content[2];
	const src = / src=(['"])(.*?)\1/.exec(out);
	if (src) {
		const [whole, quote, url] = src;
		// esc_url() writes & as &#038;.
		out = out.replace(whole, ` src=${quote}${`${url}#?secret=${secret}`.replace(/&amp;|&/g, '&#038;')}${quote} data-secret=${quote}${secret}${quote}`);
		out = out.replace('<blockquote', `<blockquote data-secret="${secret}"`);
	}
	if (content[1]) {
		out = out.replace('<iframe', '<iframe style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"');
		out = out.replace('<blockquote', '<blockquote class="wp-embedded-content"');
	}
	return out.replace(/<iframe/gi, '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"');
}

/** A post's page as a theme prints it: a column of text with the embed in it, and wp-embed.js (`script`) at the end of the body. */
export function wordpressPost(embed: string, script = '<script src="/wp-embed.js"></script>'): string {
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>A post with a timeline – Newsroom</title>
<style>
body { margin: 0; font: 18px/1.6 Georgia, serif; }
.entry-content { max-width: 650px; margin: 0 auto; padding: 0 16px; }
</style>
</head>
<body>
<main>
<div class="entry-content">
<h1>A post with a timeline</h1>
<p>The paragraph before the embed.</p>
${embed}
<p id="after">The paragraph after it.</p>
</div>
</main>
${script}
</body>
</html>
`;
}

export interface RunningWordPress {
	/** The WordPress site, e.g. `http://127.0.0.1:41234`. */
	url: string;
	/** Each post's permalink, in the order of `posts`. */
	posts: string[];
	close: () => Promise<void>;
}

/**
 * A real, throwaway WordPress (scripts/wordpress-test-server.sh: Debian's packages, a database and an install in a
 * temporary directory, PHP's server on loopback) with a post per entry of `posts`, allowed to fetch `storyOrigin`.
 * A post is the story's URL on a line of its own, as the classic editor keeps it, or as the block editor saves a pasted
 * URL (`block`).
 */
export async function startWordPress(storyOrigin: string, posts: { url: string; block?: boolean }[]): Promise<RunningWordPress> {
	const args = ['scripts/wordpress-test-server.sh', '--story-origin', storyOrigin, ...posts.flatMap((post) => [post.block ? '--block-post' : '--post', post.url])];
	const child = spawn('bash', args, { stdio: ['ignore', 'pipe', 'pipe'] });
	let stderr = '';
	child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const lines = createInterface({ input: child.stdout! });
	const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
	const started = new Promise<RunningWordPress>((resolve, reject) => {
		let url = '';
		const permalinks: string[] = [];
		lines.on('line', (line) => {
			const [word, ...rest] = line.split(' ');
			if (word === 'READY') url = rest[0];
			else if (word === 'POST') permalinks.push(rest[1]);
			if (url && permalinks.length === posts.length) {
				resolve({
					url,
					posts: permalinks,
					close: async () => {
						if (child.exitCode === null) child.kill('SIGTERM');
						await exited;
					}
				});
			}
		});
		void exited.then((code) => reject(new Error(`scripts/wordpress-test-server.sh exited (${code}) before it was ready:\n${stderr}`)));
	});
	return started;
}
