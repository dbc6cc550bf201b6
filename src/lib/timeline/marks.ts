/**
 * Mark shapes by event kind: shape and colour both carry the kind, so colour is
 * never the only cue. Paths are centred on (0, 0) with radius `r`.
 */
import type { EventKind, Importance } from '../story/schema';

type Shape = (r: number) => string;

const circle: Shape = (r) => `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
const square: Shape = (r) => {
	const s = r * 0.85;
	return `M${-s},${-s}H${s}V${s}H${-s}Z`;
};
const diamond: Shape = (r) => `M0,${-r * 1.2}L${r},0L0,${r * 1.2}L${-r},0Z`;
const triangle: Shape = (r) => `M0,${-r * 1.1}L${r * 1.05},${r * 0.8}H${-r * 1.05}Z`;
const triangleDown: Shape = (r) => `M0,${r * 1.1}L${r * 1.05},${-r * 0.8}H${-r * 1.05}Z`;
const star: Shape = (r) => {
	const points = Array.from({ length: 10 }, (_, i) => {
		const radius = i % 2 === 0 ? r * 1.25 : r * 0.55;
		const angle = (Math.PI / 5) * i - Math.PI / 2;
		return `${(radius * Math.cos(angle)).toFixed(2)},${(radius * Math.sin(angle)).toFixed(2)}`;
	});
	return `M${points.join('L')}Z`;
};
const cross: Shape = (r) => {
	const a = r * 0.38;
	const b = r * 1.05;
	return `M${-a},${-b}H${a}V${-a}H${b}V${a}H${a}V${b}H${-a}V${a}H${-b}V${-a}H${-a}Z`;
};
const hexagon: Shape = (r) =>
	`M${Array.from({ length: 6 }, (_, i) => {
		const angle = (Math.PI / 3) * i;
		return `${(r * Math.cos(angle)).toFixed(2)},${(r * Math.sin(angle)).toFixed(2)}`;
	}).join('L')}Z`;

export const SHAPE_BY_KIND: Record<EventKind, Shape> = {
	remark: circle,
	recording: square,
	publication: diamond,
	broadcast: triangle,
	statement: hexagon,
	reaction: triangleDown,
	context: cross,
	outcome: star,
	other: circle
};

export const MARK_RADIUS: Record<Importance, number> = { key: 7, normal: 5.5, minor: 4.5 };

export function markPath(kind: EventKind, importance: Importance): string {
	return SHAPE_BY_KIND[kind](MARK_RADIUS[importance]);
}
