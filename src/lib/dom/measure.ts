/**
 * Measures label widths with a canvas in the font the track really uses,
 * so the lane layout's promise (no overlapping labels) holds on screen.
 */
export function canvasTextMeasurer(element: Element, fontSize = 12): (text: string, bold: boolean) => number {
	const context = document.createElement('canvas').getContext('2d');
	const family = getComputedStyle(element).fontFamily;
	const cache = new Map<string, number>();
	/** The context's font, set only when it changes: parsing a font string costs more than measuring text. */
	let boldSet: boolean | null = null;
	return (text, bold) => {
		const key = `${bold ? 'b' : 'n'}${text}`;
		let width = cache.get(key);
		if (width === undefined) {
			if (!context) return text.length * fontSize * 0.66;
			if (bold !== boldSet) {
				context.font = `${bold ? 700 : 400} ${fontSize}px ${family}`;
				boldSet = bold;
			}
			width = Math.ceil(context.measureText(text).width) + 2;
			cache.set(key, width);
		}
		return width;
	};
}
