import { describe, expect, it } from 'vitest';
import { History } from '../../../src/lib/editor/history';

describe('undo and redo', () => {
	it('step back and forth; a new change drops what could be redone', () => {
		const h = new History({ value: 0, label: 'start', at: 0 });
		h.push(1, 'one', undefined, 10);
		h.push(2, 'two', undefined, 20);
		expect(h.undo()).toBe(1);
		expect(h.undo()).toBe(0);
		expect(h.undo()).toBeUndefined();
		expect(h.redo()).toBe(1);
		expect(h.redoLabel).toBe('two');
		h.push(5, 'five', undefined, 30);
		expect(h.canRedo).toBe(false);
		expect(h.value).toBe(5);
	});

	it('typing in one field is one step, unless it pauses or moves to another field', () => {
		const h = new History({ value: '', label: 'start', at: 0 });
		h.push('a', 'type', 'title', 1000);
		h.push('ab', 'type', 'title', 1500);
		h.push('abc', 'type', 'title', 2000);
		h.push('abcX', 'type', 'summary', 2100);
		h.push('abcXY', 'type', 'summary', 9000);
		expect(h.undo()).toBe('abcX');
		expect(h.undo()).toBe('abc');
		expect(h.undo()).toBe('');
	});

	it('keeps at most its limit, and starts over on reset', () => {
		const h = new History({ value: 0, label: 'start', at: 0 }, 3);
		for (let i = 1; i <= 10; i++) h.push(i, `${i}`, undefined, i);
		let steps = 0;
		while (h.undo() !== undefined) steps++;
		expect(steps).toBe(3);
		h.reset(42, 'open');
		expect([h.value, h.canUndo, h.canRedo]).toEqual([42, false, false]);
	});
});
