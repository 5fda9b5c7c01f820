/**
 * The live map: Leaflet in the map's box (ServicesMap.svelte), loaded only when the traveller
 * reaches for the map, with Leaflet's stylesheet and the map's styles for Leaflet's own controls.
 * It draws the basemap, the country names, every line and the airports once; afterwards the
 * component passes on what changes (which lines are shown and highlighted, the street map, the
 * view's box) and only classes, names and the view change.
 */
import * as L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import './leaflet-theme.css';
import type { LatLng } from '$lib/domain/geo';
import { m } from '$lib/paraglide/messages';
import { loadBasemap, basemapRegion } from './basemap';
import { firstViewFit, sameBounds } from './firstView';
import { BASEMAP_WEIGHT, HIT_CLASS, HIT_WIDTH, LINE_TOOLTIP_LIFT, LINE_WEIGHT, MARKER_RADIUS, MARKER_WEIGHT, NORTH_SHIFT } from './mapStyle';
import { airportPopup, textLabel } from './popup';
import { lineClasses, placeCountryNames, type CountryNameText, type ShownAirport, type ShownLine } from './servicesMapData';

export interface LiveMapOptions {
	lines: readonly ShownLine[];
	airports: readonly ShownAirport[];
	countryNames: readonly CountryNameText[];
	/** The first view's box, the same as the picture's, so Leaflet starts where the picture was. */
	bounds: [LatLng, LatLng];
	/** A line was clicked or activated by keyboard: its airline. */
	onSelectAirline: (airline: string) => void;
	/** Aborted when the map's component goes: a map still being drawn stops and removes itself. */
	signal: AbortSignal;
}

export interface LiveMap {
	/** Shows, hides, highlights and names the lines by their ids, and moves the country names clear of them. */
	showLines(lines: readonly ShownLine[], highlightedAirline: string | null): void;
	/** Fits the view to a box, unless it is the box already shown: that would undo the traveller's panning. */
	fitTo(bounds: [LatLng, LatLng]): void;
	/** Lays OpenStreetMap tiles over the offline basemap. */
	setStreetTiles(on: boolean): void;
	remove(): void;
}

const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a>';
const NATURAL_EARTH_ATTRIBUTION = '<a href="https://www.naturalearthdata.com/">Natural Earth</a>';

const fitOptions: L.FitBoundsOptions = {
	paddingTopLeft: firstViewFit.paddingTopLeft,
	paddingBottomRight: firstViewFit.paddingBottomRight,
	maxZoom: firstViewFit.maxZoom,
	animate: false
};

const activates = (event: KeyboardEvent) => event.key === 'Enter' || event.key === ' ';
// Each step in its own task, so drawing the map never holds the page up for long at a time.
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Draws the live map in `box`; resolves once the basemap, names, lines and airports are drawn, or to undefined if aborted. */
export async function createLiveMap(box: HTMLDivElement, options: LiveMapOptions): Promise<LiveMap | undefined> {
	const { signal } = options;
	await nextTask();
	if (signal.aborted) return undefined;

	const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
	// On a phone, one finger on the map should still scroll the page, and on a desktop the wheel
	// should scroll past the map: both only act on the map once the traveller has focused or tapped it.
	const touchFirst = L.Browser.mobile;
	const map = L.map(box, {
		zoomSnap: firstViewFit.zoomSnap,
		zoomDelta: 0.5,
		minZoom: firstViewFit.minZoom,
		maxZoom: 19,
		scrollWheelZoom: false,
		dragging: !touchFirst,
		keyboard: true,
		zoomControl: false,
		zoomAnimation: !still,
		fadeAnimation: !still,
		markerZoomAnimation: !still
	});
	let removed = false;
	const gone = () => {
		if (!signal.aborted) return false;
		if (!removed) map.remove();
		return true;
	};
	// Its buttons' names in the page's language; here, so their words load with the live map.
	L.control.zoom({ zoomInTitle: m.map_zoom_in(), zoomOutTitle: m.map_zoom_out() }).addTo(map);
	map.attributionControl.setPrefix('<a href="https://leafletjs.com/">Leaflet</a>');
	// Credited now rather than when the basemap arrives: a growing attribution is a layout shift.
	map.attributionControl.addAttribution(NATURAL_EARTH_ATTRIBUTION);
	// Below the tiles, so that street tiles cover it when they load and it shows where they fail.
	map.createPane('basemap').style.zIndex = '150';
	// Over the basemap and the tiles, under the lines.
	map.createPane('countryNames').style.zIndex = '350';
	// Wide invisible copies of the lines catch clicks and taps that a 3 px line would miss.
	map.createPane('lineHits').style.zIndex = '410';
	map.createPane('airports').style.zIndex = '450';
	let fitted = options.bounds;
	map.fitBounds(fitted, fitOptions);

	const engage = () => {
		map.scrollWheelZoom.enable();
		map.dragging.enable();
	};
	const release = (event: FocusEvent) => {
		if (event.relatedTarget instanceof Node && box.contains(event.relatedTarget)) return;
		map.scrollWheelZoom.disable();
		if (touchFirst) map.dragging.disable();
	};
	box.addEventListener('focusin', engage);
	box.addEventListener('focusout', release);
	let width = box.clientWidth;
	const resizes = new ResizeObserver(() => {
		// Only a change of width refits: height follows the viewport and would otherwise undo the
		// traveller's own panning whenever a phone's toolbar slides in.
		if (box.clientWidth === width) return;
		width = box.clientWidth;
		map.invalidateSize({ animate: false });
		map.fitBounds(fitted, fitOptions);
	});
	resizes.observe(box);
	// Leaflet's own event when the map is removed.
	map.on('unload', () => {
		removed = true;
		box.removeEventListener('focusin', engage);
		box.removeEventListener('focusout', release);
		resizes.disconnect();
	});
	// The traveller may have tabbed to or tapped the map before Leaflet was here: Leaflet listens
	// for the focus to take the arrow keys, so it is given once more.
	if (box.contains(document.activeElement)) {
		box.blur();
		box.focus({ preventScroll: true });
	}

	await nextTask();
	if (gone()) return undefined;
	const drawn = drawLines(map, options);
	drawAirports(map, options.airports);
	let shown = options.lines;
	const names = options.countryNames.map((name) => {
		const element = textLabel(name.text);
		const marker = L.marker(name.places[0]!, {
			pane: 'countryNames',
			interactive: false,
			keyboard: false,
			icon: L.divIcon({ html: element, className: 'country-name-box', iconSize: [0, 0] })
		}).addTo(map);
		element.className = 'country-name';
		element.dataset.country = name.id;
		// The cards and timetable carry the facts; the names only help the eye.
		marker.getElement()?.setAttribute('aria-hidden', 'true');
		return { ...name, marker, element };
	});
	const placeNames = () => {
		if (removed) return;
		const size = map.getSize();
		const toScreen = (position: LatLng): [number, number] => {
			const point = map.latLngToContainerPoint(position);
			return [point.x, point.y];
		};
		const placed = new Map(placeCountryNames(names, shown, options.airports, toScreen, size.x, size.y).map((p) => [p.id, p]));
		for (const name of names) {
			const at = placed.get(name.id);
			if (at) name.marker.setLatLng(at.place);
			name.element.classList.toggle('is-hidden', !at);
		}
	};
	map.on('zoomend moveend resize', placeNames);
	// While the map pans or zooms (an opening popup pans it into view), what it shows is still moving:
	// said on the box, so a test can wait for the popup to settle before it taps a link inside.
	map.on('movestart zoomstart', () => box.setAttribute('data-moving', 'true'));
	map.on('moveend zoomend', () => box.removeAttribute('data-moving'));

	const basemap = await loadBasemap();
	await nextTask();
	if (gone()) return undefined;
	const shape = { pane: 'basemap', interactive: false } as const;
	L.geoJSON(basemap.land, { ...shape, style: { className: 'basemap-land', weight: BASEMAP_WEIGHT } }).addTo(map);
	await nextTask();
	if (gone()) return undefined;
	L.geoJSON(basemap.borders, { ...shape, style: { className: 'basemap-border', weight: BASEMAP_WEIGHT } }).addTo(map);
	// The offline basemap covers the region around the routes: panning stays where it has land to show.
	const [west, south, east, north] = basemapRegion;
	map.setMaxBounds([
		[south, west],
		[north, east]
	]);

	let tiles: L.TileLayer | undefined;
	return {
		showLines(lines, highlightedAirline) {
			if (removed) return;
			shown = lines;
			for (const line of lines) {
				const drawnLine = drawn.get(line.id);
				if (!drawnLine) continue;
				for (const [name, on] of Object.entries(lineClasses(line, highlightedAirline))) drawnLine.path.classList.toggle(name, on);
				drawnLine.hit.classList.toggle('is-hidden', !line.shown);
				drawnLine.path.setAttribute('aria-pressed', String(highlightedAirline === line.airline));
				drawnLine.path.setAttribute('aria-label', line.label);
				drawnLine.path.setAttribute('tabindex', line.shown ? '0' : '-1');
				drawnLine.name.textContent = line.label;
			}
			placeNames();
		},
		fitTo(bounds) {
			if (removed || sameBounds(fitted, bounds)) return;
			fitted = bounds;
			map.fitBounds(bounds, fitOptions);
		},
		setStreetTiles(on) {
			if (removed) return;
			if (on && !tiles) tiles = L.tileLayer(OSM_TILES, { maxZoom: 19, attribution: OSM_ATTRIBUTION }).addTo(map);
			if (!on && tiles) {
				tiles.remove();
				tiles = undefined;
			}
		},
		remove() {
			if (!removed) map.remove();
		}
	};
}

interface DrawnLine {
	path: SVGPathElement;
	hit: SVGPathElement;
	/** The text of its tooltip. */
	name: HTMLSpanElement;
}

/** Every line once, with its invisible wide copy for clicks and taps, its tooltip and its keys. */
function drawLines(map: L.Map, { lines, onSelectAirline }: LiveMapOptions): Map<string, DrawnLine> {
	const drawn = new Map<string, DrawnLine>();
	for (const line of lines) {
		// Leaflet's default simplification shows the arc's segments as kinks on a wide screen.
		const path = L.polyline(line.points, { className: `line airline-${line.airline}`, interactive: false, weight: LINE_WEIGHT, smoothFactor: 0.25 })
			.addTo(map)
			.getElement() as SVGPathElement;
		const hitLine = L.polyline(line.points, { pane: 'lineHits', className: HIT_CLASS, weight: HIT_WIDTH, opacity: 0, smoothFactor: 1 }).addTo(map);
		const hit = hitLine.getElement() as SVGPathElement;
		path.setAttribute('role', 'button');
		path.dataset.airline = line.airline;
		path.dataset.line = line.id;

		// A tooltip of our own rather than bindTooltip: Leaflet would put focus listeners on the
		// invisible hit line, and Chromium then makes it a stop in the Tab order.
		const name = textLabel(line.label);
		const tooltip = L.tooltip({ className: 'line-tooltip', direction: 'top', offset: [0, -LINE_TOOLTIP_LIFT] }).setContent(name);
		const showTooltip = (at: L.LatLngExpression) => {
			tooltip.setLatLng(at);
			if (!map.hasLayer(tooltip)) map.openTooltip(tooltip);
		};
		const hideTooltip = () => map.closeTooltip(tooltip);
		hitLine.on('click', () => onSelectAirline(line.airline));
		hitLine.on('mouseover', () => path.classList.add('is-hovered'));
		hitLine.on('mousemove', (event) => showTooltip(event.latlng));
		hitLine.on('mouseout', () => {
			path.classList.remove('is-hovered');
			hideTooltip();
		});
		const middle = line.points[Math.floor(line.points.length / 2)]!;
		path.addEventListener('focus', () => showTooltip(middle));
		path.addEventListener('blur', hideTooltip);
		path.addEventListener('keydown', (event) => {
			if (!activates(event)) return;
			event.preventDefault();
			onSelectAirline(line.airline);
		});
		drawn.set(line.id, { path, hit, name });
	}
	return drawn;
}

/** The airports: a marker each, its code beside it on the side away from the lines, and a popup linking to its page. */
function drawAirports(map: L.Map, airports: readonly ShownAirport[]) {
	for (const airport of airports) {
		const marker = L.circleMarker(airport.position, { pane: 'airports', className: 'airport', radius: MARKER_RADIUS, weight: MARKER_WEIGHT }).addTo(map);
		// With its pointer, where the picture puts its code box (codeBox), so names keep clear of both.
		const side = {
			west: { direction: 'left', offset: [-MARKER_RADIUS, 0] },
			east: { direction: 'right', offset: [MARKER_RADIUS, 0] },
			south: { direction: 'bottom', offset: [0, MARKER_RADIUS] },
			north: { direction: 'top', offset: [NORTH_SHIFT, -MARKER_RADIUS] }
		} as const;
		marker.bindTooltip(textLabel(airport.code), {
			permanent: true,
			direction: side[airport.codeSide].direction,
			offset: [...side[airport.codeSide].offset],
			className: 'airport-code'
		});
		marker.bindPopup(() => airportPopup(airport), { className: 'airport-popup-box' });
		const element = marker.getElement() as SVGPathElement;
		element.setAttribute('tabindex', '0');
		element.setAttribute('role', 'button');
		element.setAttribute('aria-label', airport.label);
		element.dataset.airport = airport.code;
		const closeOnEscape = (event: KeyboardEvent) => {
			if (event.key !== 'Escape') return;
			marker.closePopup();
			element.focus();
		};
		marker.on('popupopen', (event) => event.popup.getElement()?.addEventListener('keydown', closeOnEscape));
		element.addEventListener('keydown', (event) => {
			if (!activates(event)) return;
			event.preventDefault();
			marker.openPopup();
			marker.getPopup()?.getElement()?.querySelector<HTMLElement>('.airport-popup a')?.focus();
		});
	}
}
