import { describe, expect, it } from 'vitest';
import { flagOn, parseEmbedFlags, validPymId } from '../../src/lib/embed/flags';

const flags = (query: string) => parseEmbedFlags(new URLSearchParams(query));

describe('embed render flags', () => {
	it('defaults: auto theme, header and footer, full chronology, nothing selected', () => {
		expect(flags('')).toEqual({ theme: 'auto', plain: false, compact: true, start: null, frame: null, pymId: null });
	});

	it('reads theme=auto|light|dark, case-insensitively; anything else is auto', () => {
		expect(flags('theme=dark').theme).toBe('dark');
		expect(flags('theme=LIGHT').theme).toBe('light');
		expect(flags('theme=auto').theme).toBe('auto');
		for (const bad of ['theme=blue', 'theme=', 'theme=dark%00', 'theme=__proto__']) expect(flags(bad).theme).toBe('auto');
	});

	it('boolean flags are on when present and empty or 1/true/yes/on, off otherwise', () => {
		for (const on of ['plain', 'plain=', 'plain=1', 'plain=true', 'plain=YES', 'plain=on']) expect(flagOn(new URLSearchParams(on), 'plain')).toBe(true);
		for (const off of ['', 'plain=0', 'plain=false', 'plain=no', 'plainish=1']) expect(flagOn(new URLSearchParams(off), 'plain')).toBe(false);
		expect(flags('compact&plain=0')).toMatchObject({ compact: true, plain: false });
		expect(flags('full')).toMatchObject({ compact: false });
		expect(flags('full=0')).toMatchObject({ compact: true });
		expect(flags('full=yes&compact')).toMatchObject({ compact: false });
	});

	it('start is an id-shaped string (checked against the story later), else null', () => {
		expect(flags('start=guido-publishes').start).toBe('guido-publishes');
		expect(flags('start=quote-q1').start).toBe('quote-q1');
		for (const bad of ['start=', 'start=Has%20Space', 'start=%3Cscript%3E', 'start=a--b', `start=${'a'.repeat(201)}`, 'start=-a']) expect(flags(bad).start).toBeNull();
	});

	it('frame and pym childId are echoed only when harmless', () => {
		expect(flags('frame=story-1').frame).toBe('story-1');
		expect(flags('frame=a%20b').frame).toBeNull();
		expect(flags(`frame=${'x'.repeat(65)}`).frame).toBeNull();
		expect(flags('childId=pym-timeline&initialWidth=600').pymId).toBe('pym-timeline');
		expect(validPymId('a b')).toBeNull();
		expect(validPymId('axPYMxb')).toBeNull();
		expect(validPymId('')).toBeNull();
		expect(validPymId('x'.repeat(201))).toBeNull();
	});
});
