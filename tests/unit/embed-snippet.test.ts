import { describe, expect, it } from 'vitest';
import { embedSnippet, embedTitle, embedUrl, escapeAttribute, hostScriptUrl, storyUrl } from '../../src/lib/embed/snippet';
import { oembedFor, siteOrigin, MISSING_ORIGIN, TEST_SITE_ORIGIN } from '../../src/lib/embed/oembed';

const base = { origin: 'https://timelines.example.org', slug: 'ashworth-leak-2019', title: 'Timeline: The "tape" & <more>' };

describe('embed code', () => {
	it('points at /<slug>/embed with only the flags that differ from the defaults', () => {
		expect(embedUrl(base)).toBe('https://timelines.example.org/ashworth-leak-2019/embed');
		expect(embedUrl({ ...base, origin: 'https://timelines.example.org/', theme: 'auto', plain: false })).toBe('https://timelines.example.org/ashworth-leak-2019/embed');
		expect(embedUrl({ ...base, theme: 'dark', start: 'guido-publishes', plain: true, full: true })).toBe(
			'https://timelines.example.org/ashworth-leak-2019/embed?theme=dark&start=guido-publishes&plain=1&full=1'
		);
		expect(hostScriptUrl('https://timelines.example.org/')).toBe('https://timelines.example.org/embed.js');
		// The scale, when one is chosen; the story's own needs none.
		expect(embedUrl({ ...base, scale: 'segmented' })).toBe('https://timelines.example.org/ashworth-leak-2019/embed?scale=segmented');
		expect(embedUrl({ ...base, scale: null })).toBe('https://timelines.example.org/ashworth-leak-2019/embed');
	});

	it('is an iframe marked for the host script, then the script; attributes escaped', () => {
		const snippet = embedSnippet({ ...base, theme: 'light', start: 'x' });
		expect(snippet).toBe(
			'<iframe src="https://timelines.example.org/ashworth-leak-2019/embed?theme=light&amp;start=x" title="Timeline: The &quot;tape&quot; &amp; &lt;more&gt;" data-story-timeline="ashworth-leak-2019" width="100%" height="700" style="width:100%;border:0;display:block" loading="lazy"></iframe>\n' +
				'<script async src="https://timelines.example.org/embed.js"></script>'
		);
		expect(embedSnippet({ ...base, lazy: false, height: 420.4 })).toMatch(/ height="420" style="[^"]*"><\/iframe>/);
		expect(escapeAttribute(`"'<>&`)).toBe("&quot;'&lt;&gt;&amp;");
	});

	it('frameborder="0" only when asked (for hosts that strip the style)', () => {
		expect(embedSnippet(base)).not.toContain('frameborder');
		expect(embedSnippet({ ...base, frameBorder: true })).toMatch(/ style="width:100%;border:0;display:block" frameborder="0" loading="lazy"><\/iframe>/);
	});

	it('the story’s URL, and the blockquote WordPress’s embeds begin with: a link to it with its title, escaped', () => {
		expect(storyUrl('https://timelines.example.org/', 'ashworth-leak-2019')).toBe('https://timelines.example.org/ashworth-leak-2019');
		expect(embedTitle({ url: 'https://t.example.org/a?b=1&c=2', title: 'The "tape" & <more>' })).toBe(
			'<blockquote class="wp-embedded-content"><a href="https://t.example.org/a?b=1&amp;c=2">The &quot;tape&quot; &amp; &lt;more&gt;</a></blockquote>'
		);
	});
});

describe('oEmbed', () => {
	it('has the required fields of a rich oEmbed; its html is the blockquote, then the snippet with frameborder="0"', () => {
		const oembed = oembedFor({ ...base, siteName: 'Story Timeline', title: 'The tape', frameTitle: 'Timeline: The tape', credits: [{ name: 'A' }, { name: 'B' }] });
		expect(oembed).toEqual({
			type: 'rich',
			version: '1.0',
			title: 'The tape',
			author_name: 'A, B',
			provider_name: 'Story Timeline',
			provider_url: 'https://timelines.example.org/',
			html:
				'<blockquote class="wp-embedded-content"><a href="https://timelines.example.org/ashworth-leak-2019">The tape</a></blockquote>\n' +
				embedSnippet({ origin: base.origin, slug: base.slug, title: 'Timeline: The tape', frameBorder: true }),
			width: 720,
			height: 700
		});
	});

	it('takes the origin from PUBLIC_SITE_ORIGIN; a test build without one gets the preview server’s, any other build none', () => {
		expect(siteOrigin({})).toBeNull();
		expect(siteOrigin({ PUBLIC_SITE_ORIGIN: '  ' })).toBeNull();
		expect(siteOrigin({ TEST_BUILD: '1' })).toBe(TEST_SITE_ORIGIN);
		expect(siteOrigin({ TEST_BUILD: '1', PUBLIC_SITE_ORIGIN: 'http://127.0.0.1:9' })).toBe('http://127.0.0.1:9');
		expect(MISSING_ORIGIN).toMatch(/^PUBLIC_SITE_ORIGIN is not set: .*PUBLIC_SITE_ORIGIN=https:\/\/timelines\.example\.org npm run build/);
		expect(MISSING_ORIGIN).not.toContain('\n');
	});

	it('refuses a PUBLIC_SITE_ORIGIN that is not an http(s) origin, and keeps only the origin of a URL', () => {
		expect(siteOrigin({ PUBLIC_SITE_ORIGIN: ' https://t.example.org/some/path ' })).toBe('https://t.example.org');
		expect(() => siteOrigin({ PUBLIC_SITE_ORIGIN: 'timelines.example.org' })).toThrow(/PUBLIC_SITE_ORIGIN/);
		expect(() => siteOrigin({ PUBLIC_SITE_ORIGIN: 'javascript:alert(1)' })).toThrow(/http or https/);
	});
});
