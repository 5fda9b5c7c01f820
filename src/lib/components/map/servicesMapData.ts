/**
 * What the route map shows, in the page's language, ready for the first-view picture (MapPreview)
 * and for Leaflet (leafletMap.ts) alike: one line per airline on each airport pair, the airports,
 * the country names and where they fit, and the classes that mark a line highlighted, faded or
 * hidden. Both draw from these, so they show the same things with the same class names.
 */
import { catalog } from '$lib/data/catalog';
import { airline as airlineOf, airport } from '$lib/data/lookup';
import type { Airport, Locale, Service } from '$lib/data/schema';
import type { LatLng } from '$lib/domain/geo';
import { around, placeNames, textSize, type PlacedName, type ScreenBox } from '$lib/domain/mapLabels';
import { CODE_BOX, NAME_FONT_PX, NORTH_SHIFT } from './mapStyle';
import { mapLines, type MapLine } from '$lib/domain/mapRoutes';
import { directionId } from '$lib/domain/routes';
import { localHref } from '$lib/links';
import { m } from '$lib/paraglide/messages';
import { countryNames } from './basemap';

/** One airline's line on an airport pair, as the page shows it. */
export interface ShownLine {
	/** `KC ala-icn` */
	id: string;
	/** Airline IATA code; selecting the line selects this airline. */
	airline: string;
	points: LatLng[];
	/** The page shows a flight on it; a line the page does not show stays drawn, hidden. */
	shown: boolean;
	/** Plain text naming the line and the directions shown, e.g. "Eastar Jet · Seoul (ICN) → Almaty (ALA)". */
	label: string;
}

export interface ShownAirport {
	/** IATA code, shown beside the marker. */
	code: string;
	/** Plain text name, e.g. "Almaty (ALA)"; the marker's accessible name and its popup link. */
	label: string;
	position: LatLng;
	/** The airport's page. */
	href: string;
	/**
	 * Where its code goes beside the marker: on the outer side of the map, away from the lines, or
	 * below it when another airport sits close on that side (Shymkent west of Almaty).
	 */
	codeSide: CodeSide;
}

/** A country name in the page's language, with its places from the basemap (basemap-region.json). */
export interface CountryNameText {
	id: string;
	text: string;
	places: LatLng[];
}

/** The airport pair a service flies, named as its line is: `ala-icn` for ALA → ICN and ICN → ALA alike. */
const pairOf = (s: Pick<Service, 'origin' | 'destination'>) => directionId(...([s.origin, s.destination].sort() as [string, string]));

// Lanes are laid out over every service on a pair, so a line keeps its place whatever the page
// shows. A pair's lanes depend on its own lines only, so only the pairs a page shows are worked out:
// `/` draws three of the network's six lines. Kept per set of pairs, for the filters' changes.
const linesOnPairs = new Map<string, MapLine[]>();

/** The airports some of `services` fly from or to. */
const airportsOf = (services: readonly Service[]) => new Set(services.flatMap((s) => [s.origin, s.destination]));

/**
 * Every airline's line on the routes `services` fly, marked shown where `services` has a flight on
 * it, and named by the directions of those flights: one arrow for one direction, a double arrow for
 * both. Lines of routes the page is not about are left out: Almaty–Seoul's map is Almaty–Seoul's.
 */
export function servicesMapLines(services: readonly Service[], locale: Locale): ShownLine[] {
	const pairs = new Set(services.map(pairOf));
	const key = [...pairs].sort().join(' ');
	let lines = linesOnPairs.get(key);
	if (!lines) {
		lines = mapLines(catalog.services.filter((s) => pairs.has(pairOf(s))), catalog.airports, catalog.airlines);
		linesOnPairs.set(key, lines);
	}
	const place = (code: string) => `${airport(code).city[locale]} (${code})`;
	return lines.map((line) => {
		const flown = services.filter((s) => s.airline === line.airline && line.directions.includes(directionId(s.origin, s.destination)));
		const [a, b] = line.ends;
		const oneWay = flown.length > 0 && flown.every((s) => s.origin === flown[0]!.origin) ? flown[0] : undefined;
		const way = oneWay ? `${place(oneWay.origin)} → ${place(oneWay.destination)}` : `${place(a)} ⇄ ${place(b)}`;
		return {
			id: line.id,
			airline: line.airline,
			points: line.points,
			shown: flown.length > 0,
			label: `${airlineOf(line.airline).name[locale]} · ${way}`
		};
	});
}

/** The classes of a line's path in the picture and on Leaflet: the stylesheet draws each state once. */
export function lineClasses(line: Pick<ShownLine, 'airline' | 'shown'>, highlightedAirline: string | null) {
	return {
		'is-highlighted': line.shown && highlightedAirline === line.airline,
		'is-faded': line.shown && highlightedAirline !== null && highlightedAirline !== line.airline,
		'is-hidden': !line.shown
	};
}

export type CodeSide = 'west' | 'east' | 'south' | 'north';

/**
 * Degrees: another airport this near on a code's outward side, at about the same latitude, would sit
 * under the code; one this near straight below an airport would sit under a code put below it.
 */
const CODE_CLEARANCE = { outward: 10, alongside: 3, below: 3 };

/** Pixels a country name keeps from a route line, beyond its own gap. */
const LINE_CLEARANCE = 4;

/** The airports `services` fly from or to, as the map marks them. */
export function servicesMapAirports(services: readonly Service[], locale: Locale): ShownAirport[] {
	const onPage = airportsOf(services);
	const shown = catalog.airports.filter((a) => onPage.has(a.iata));
	const middleLongitude = shown.reduce((sum, a) => sum + a.longitude, 0) / shown.length;
	const codeSide = (a: Airport): CodeSide => {
		const outward = a.longitude < middleLongitude ? -1 : 1;
		const others = shown.filter((other) => other !== a);
		const crowded = others.some((other) => {
			const beyond = (other.longitude - a.longitude) * outward;
			return beyond > 0 && beyond < CODE_CLEARANCE.outward && Math.abs(other.latitude - a.latitude) < CODE_CLEARANCE.alongside;
		});
		if (!crowded) return outward < 0 ? 'west' : 'east';
		// Below the marker (Almaty, with Shymkent to its west), or above it where another airport sits
		// just below (Incheon, with Busan to its south-east).
		const below = others.some((other) => Math.abs(other.longitude - a.longitude) < CODE_CLEARANCE.below && other.latitude < a.latitude && a.latitude - other.latitude < CODE_CLEARANCE.below);
		return below ? 'north' : 'south';
	};
	return shown.map((a) => ({
		code: a.iata,
		label: `${a.name[locale]} (${a.iata})`,
		position: [a.latitude, a.longitude],
		href: localHref(`/airports/${a.iata.toLowerCase()}`),
		codeSide: codeSide(a)
	}));
}

const countryWords: Record<string, (inputs: object, options: { locale: Locale }) => string> = {
	kz: m.map_country_kz,
	kg: m.map_country_kg,
	uz: m.map_country_uz,
	cn: m.map_country_cn,
	mn: m.map_country_mn,
	ru: m.map_country_ru,
	kp: m.map_country_kp,
	kr: m.map_country_kr,
	jp: m.map_country_jp
};

/** The country names of the basemap in the page's language, most wanted first. */
export function countryNameTexts(locale: Locale): CountryNameText[] {
	return countryNames.map(({ id, places }) => {
		const words = countryWords[id];
		if (!words) throw new Error(`The basemap names a country ${id} that has no message map_country_${id}`);
		return { id, text: words({}, { locale }), places };
	});
}

/** Where the airport's code box is, beside its marker at [x, y]. */
export function codeBox([x, y]: [number, number], side: CodeSide): ScreenBox {
	if (side === 'south') {
		const top = y + CODE_BOX.gap - 2;
		return [x - CODE_BOX.width / 2, top, x + CODE_BOX.width / 2, top + CODE_BOX.height];
	}
	if (side === 'north') {
		// Above and a little east: the lines come in from the west.
		const top = y - CODE_BOX.gap + 2 - CODE_BOX.height;
		const left = x - CODE_BOX.width / 2 + NORTH_SHIFT;
		return [left, top, left + CODE_BOX.width, top + CODE_BOX.height];
	}
	const left = side === 'west' ? x - CODE_BOX.gap - CODE_BOX.width : x + CODE_BOX.gap;
	return [left, y - CODE_BOX.height / 2, left + CODE_BOX.width, y + CODE_BOX.height / 2];
}

/**
 * The country names that fit a `width` × `height` frame, each clear of the shown lines, the
 * airports and their codes; `toScreen` places a position in the frame.
 */
export function placeCountryNames(
	names: readonly CountryNameText[],
	lines: readonly Pick<ShownLine, 'points' | 'shown'>[],
	airports: readonly Pick<ShownAirport, 'position' | 'codeSide'>[],
	toScreen: (position: LatLng) => [number, number],
	width: number,
	height: number
): PlacedName<LatLng>[] {
	// Each shown line as its points on the screen; names keep LINE_CLEARANCE from every stretch.
	const screenLines = lines.filter((line) => line.shown).map((line) => line.points.map(toScreen));
	const obstacles: ScreenBox[] = [];
	for (const a of airports) {
		const at = toScreen(a.position);
		obstacles.push(around(at, 8), codeBox(at, a.codeSide));
	}
	return placeNames(names, {
		toScreen,
		width,
		height,
		obstacles,
		lines: screenLines,
		lineClearance: LINE_CLEARANCE,
		sizeOf: (text) => textSize(text, NAME_FONT_PX)
	});
}
