/**
 * Where the map writes the names of the countries: each name at the first of its places that is in
 * the frame and clear of the route lines, the airports and the names already written, in the order
 * given (the most wanted first). The same rule for the first-view picture and for Leaflet, so both
 * show the same names in the same places; what does not fit at a zoom is left out rather than
 * written over a line.
 */

/** A rectangle on the screen, in pixels from the frame's top-left: [left, top, right, bottom]. */
export type ScreenBox = [left: number, top: number, right: number, bottom: number];

/** A line through points on the screen, in pixels from the frame's top-left. */
export type ScreenLine = readonly (readonly [x: number, y: number])[];

export interface NameToPlace<Place> {
	id: string;
	text: string;
	/** Where the name may go, best first (e.g. over the country, then beside it where there is more room). */
	places: readonly Place[];
}

export interface PlacedName<Place> {
	id: string;
	text: string;
	place: Place;
	/** The name's centre on the screen. */
	x: number;
	y: number;
}

export interface PlacingOptions<Place> {
	/** A place on the screen, in pixels from the frame's top-left. */
	toScreen: (place: Place) => [x: number, y: number];
	width: number;
	height: number;
	/** What a name must not cover: the airports and their codes. */
	obstacles: readonly ScreenBox[];
	/** Lines a name must keep `lineClearance` pixels away from, each as its points on the screen. */
	lines?: readonly ScreenLine[];
	/** Pixels kept between a name's box (with its gap) and a line. */
	lineClearance?: number;
	/** A name's size on the screen: [width, height] in pixels. */
	sizeOf: (text: string) => [width: number, height: number];
	/** Free pixels kept around each name. */
	gap?: number;
}

const overlaps = (a: ScreenBox, b: ScreenBox) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Whether the stretch from `a` to `b` passes through `box`, edges included: the stretch is clipped
 * to the box one side at a time (Liang–Barsky) and meets it if anything is left.
 */
function stretchMeetsBox(a: readonly [number, number], b: readonly [number, number], box: ScreenBox): boolean {
	// Most stretches are nowhere near: their own bounding box misses the box.
	if (Math.max(a[0], b[0]) < box[0] || Math.min(a[0], b[0]) > box[2] || Math.max(a[1], b[1]) < box[1] || Math.min(a[1], b[1]) > box[3]) {
		return false;
	}
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	let enter = 0;
	let leave = 1;
	// Each side as p·t ≤ q: left, right, top, bottom.
	const sides: [p: number, q: number][] = [
		[-dx, a[0] - box[0]],
		[dx, box[2] - a[0]],
		[-dy, a[1] - box[1]],
		[dy, box[3] - a[1]]
	];
	for (const [p, q] of sides) {
		if (p === 0) {
			// Parallel to this side: wholly outside it, or no limit from it.
			if (q < 0) return false;
			continue;
		}
		const t = q / p;
		if (p < 0) enter = Math.max(enter, t);
		else leave = Math.min(leave, t);
		if (enter > leave) return false;
	}
	return true;
}

/** Whether a line comes within `clearance` pixels of `box` (measured along each axis). */
export function lineMeetsBox(line: ScreenLine, box: ScreenBox, clearance: number): boolean {
	const wider: ScreenBox = [box[0] - clearance, box[1] - clearance, box[2] + clearance, box[3] + clearance];
	if (line.length === 1) return stretchMeetsBox(line[0]!, line[0]!, wider);
	for (let i = 1; i < line.length; i++) if (stretchMeetsBox(line[i - 1]!, line[i]!, wider)) return true;
	return false;
}

/**
 * The names that fit, each at its first free place, in the order given.
 * `placeNames([{ id: 'kz', text: 'Kazakhstan', places: [[48, 67]] }], options)` → `[{ id: 'kz', text: 'Kazakhstan', place: [48, 67], x: 120, y: 80 }]`
 */
export function placeNames<Place>(names: readonly NameToPlace<Place>[], options: PlacingOptions<Place>): PlacedName<Place>[] {
	const { toScreen, width, height, obstacles, lines = [], lineClearance = 0, sizeOf, gap = 3 } = options;
	const taken: ScreenBox[] = [];
	const placed: PlacedName<Place>[] = [];
	for (const name of names) {
		const [w, h] = sizeOf(name.text);
		for (const place of name.places) {
			const [x, y] = toScreen(place);
			const box: ScreenBox = [x - w / 2 - gap, y - h / 2 - gap, x + w / 2 + gap, y + h / 2 + gap];
			const inFrame = box[0] >= 0 && box[1] >= 0 && box[2] <= width && box[3] <= height;
			if (!inFrame || obstacles.some((o) => overlaps(box, o)) || taken.some((t) => overlaps(box, t))) continue;
			if (lines.some((line) => lineMeetsBox(line, box, lineClearance))) continue;
			taken.push(box);
			placed.push({ id: name.id, text: name.text, place, x, y });
			break;
		}
	}
	return placed;
}

/**
 * A generous guess at the size of a line of text in a sans-serif face, so a name's room can be
 * reserved before the browser has laid it out (the picture is drawn on the server): Hangul and
 * other wide characters take a full em, everything else about two thirds of one (wide faces such
 * as DejaVu Sans, in semibold, come close to that).
 * `textSize('China', 12)` → `[40.8, 15.6]`
 */
export function textSize(text: string, fontPx: number): [width: number, height: number] {
	let ems = 0;
	for (const char of text) ems += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(char) ? 1 : 0.68;
	return [Math.round(ems * fontPx * 10) / 10, Math.round(fontPx * 1.3 * 10) / 10];
}

/** A box of `radius` pixels around a point on the screen. */
export const around = ([x, y]: [number, number], radius: number): ScreenBox => [x - radius, y - radius, x + radius, y + radius];
