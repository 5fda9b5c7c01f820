/**
 * The map's drawing, written once: the basemap palette and each size the first-view picture
 * (MapPreview.svelte, basemapPicture.ts), Leaflet (leafletMap.ts) and the name placing
 * (servicesMapData.ts) share. The stylesheets read them as custom properties on `.services-map`, from
 * `mapStyleCss()`, which Vite serves as `virtual:map-style.css` (vite.config.ts): bundled with the
 * app's CSS, so no style attribute is needed. The basemap picture is an image and cannot read the
 * page's CSS, so it writes the palette from here into its own `<style>`.
 */

/** The colours of the map, for one colour scheme. */
export interface MapPalette {
	/** @option sea: Colour = '#d6e4ee' The water, and the map's background. */
	sea: string;
	/** @option land: Colour = '#f4f1ea' The land's fill. */
	land: string;
	/** @option coast: Colour = '#b3c2cc' The coastline, and the edge of the airport codes' boxes and tooltips. */
	coast: string;
	/** @option border: Colour = '#bdb3a2' The borders between countries. */
	border: string;
	/** @option marker: Colour = '#ffffff' An airport marker's fill. */
	marker: string;
	/** @option ink: Colour = '#1b2730' Text, and an airport marker's ring. */
	ink: string;
	/** @option name: Colour = '#4d5a66' The country names. */
	name: string;
	/** @option panel: Colour = '#ffffff' The codes' boxes, tooltips, popups, buttons and the credit. */
	panel: string;
	/** @option link: Colour = '#0b5cad' Links in popups and the credit. */
	link: string;
	/** @option focus: Colour = '#0b5cad' The keyboard focus ring. */
	focus: string;
}

/** @option light: MapPalette The palette in the light colour scheme. */
export const LIGHT: MapPalette = {
	sea: '#d6e4ee',
	land: '#f4f1ea',
	coast: '#b3c2cc',
	border: '#bdb3a2',
	marker: '#ffffff',
	ink: '#1b2730',
	name: '#4d5a66',
	panel: '#ffffff',
	link: '#0b5cad',
	focus: '#0b5cad'
};

/** @option dark: MapPalette The palette when the reader prefers a dark scheme. */
export const DARK: MapPalette = {
	sea: '#0d1820',
	land: '#1f2a31',
	coast: '#3a4b56',
	border: '#44535d',
	marker: '#0d1820',
	ink: '#e6edf1',
	name: '#a9b7c2',
	panel: '#1f2a31',
	link: '#8cc4ff',
	focus: '#8cc4ff'
};

/** @option basemapWeight: Number = 0.75 Pixels: the coastline's and the borders' stroke, at any zoom. */
export const BASEMAP_WEIGHT = 0.75;

/** @option lineWeight: Number = 3 Pixels: a route line's stroke. */
export const LINE_WEIGHT = 3;
/** @option highlightedWeight: Number = 5 Pixels: the stroke of the highlighted airline's line, or the one under the pointer. */
export const HIGHLIGHTED_WEIGHT = 5;
/** @option fadedWeight: Number = 2 Pixels: the stroke of the other airlines' lines while one is highlighted. */
export const FADED_WEIGHT = 2;
/** @option focusWeight: Number = 6 Pixels: the stroke of a line with the keyboard focus. */
export const FOCUS_WEIGHT = 6;

/** @option hitWidth: Number = 16 Pixels: the invisible wide copy of each line that catches clicks and taps a thin line would miss. */
export const HIT_WIDTH = 16;
/** @option hitClass: String = 'line-hit' The class of those invisible copies, in the picture and in Leaflet. */
export const HIT_CLASS = 'line-hit';

/** @option lineTooltipLift: Number = 6 Pixels: how far above the pointer a line's name shows. */
export const LINE_TOOLTIP_LIFT = 6;

/** @option markerRadius: Number = 6 Pixels: an airport marker's radius; its code's tooltip points from this far out. */
export const MARKER_RADIUS = 6;
/** @option markerWeight: Number = 2 Pixels: an airport marker's ring. */
export const MARKER_WEIGHT = 2;
/** @option markerFocusWeight: Number = 4 Pixels: an airport marker's ring while it has the keyboard focus. */
export const MARKER_FOCUS_WEIGHT = 4;

/** @option nameFontPx: Number = 12 Pixels: a country name's font size (the name placing reserves room for it at this size). */
export const NAME_FONT_PX = 12;
/** @option nameHalo: Number = 3 Pixels: the halo of the land's colour around a country name, so borders do not cross it. */
export const NAME_HALO = 3;

/**
 * @option codeBox: Object = { gap: 12, width: 36, height: 20 } Pixels: an airport code's box in the
 * picture, `gap` from its marker's centre; the name placing keeps names clear of it.
 */
export const CODE_BOX = { gap: 12, width: 36, height: 20 } as const;
/** @option northShift: Number = 12 Pixels: how far right a code above its marker moves, clear of the lines that leave it northwards. */
export const NORTH_SHIFT = 12;

const px = (n: number) => `${n}px`;
const properties = (palette: MapPalette) =>
	Object.entries(palette)
		.map(([name, colour]) => `--${name}:${colour};`)
		.join('');

/** The sizes the stylesheets read, as custom properties. */
const sizes: Record<string, string> = {
	'line-weight': px(LINE_WEIGHT),
	'highlighted-weight': px(HIGHLIGHTED_WEIGHT),
	'faded-weight': px(FADED_WEIGHT),
	'focus-weight': px(FOCUS_WEIGHT),
	'hit-width': px(HIT_WIDTH),
	'marker-weight': px(MARKER_WEIGHT),
	'marker-focus-weight': px(MARKER_FOCUS_WEIGHT),
	'name-size': px(NAME_FONT_PX),
	'name-halo': px(NAME_HALO)
};

type BasemapColours = Pick<MapPalette, 'land' | 'coast' | 'border'>;

/**
 * How the basemap's two paths (`.land`, `.border`) are drawn, as CSS rules under `scope`: the shape
 * (thin strokes at any scale, the land's holes) and the colours. The basemap file writes them into its
 * own `<style>` with a palette's colours; the page's copy of the paths reads the custom properties.
 * `basemapRules('', LIGHT)` → `path{vector-effect:non-scaling-stroke;…}.land{fill-rule:evenodd}…`
 */
export function basemapRules(scope: string, colours: BasemapColours, shape = true): string {
	const shapeRules = `${scope}path{vector-effect:non-scaling-stroke;stroke-width:${String(BASEMAP_WEIGHT).replace(/^0\./, '.')}px;stroke-linejoin:round}${scope}.land{fill-rule:evenodd}${scope}.border{fill:none}`;
	const colourRules = `${scope}.land{fill:${colours.land};stroke:${colours.coast}}${scope}.border{stroke:${colours.border}}`;
	return (shape ? shapeRules : '') + colourRules;
}

/** The page's basemap paths (MapPreview.svelte) take the palette from the custom properties. */
const pageBasemapColours: BasemapColours = { land: 'var(--land)', coast: 'var(--coast)', border: 'var(--border)' };

/**
 * The palette and sizes as custom properties on the map's box, light and dark, and the rules that
 * draw the basemap's paths the prerendered picture holds.
 * `mapStyleCss()` → `.services-map{--sea:#d6e4ee;…;--line-weight:3px;…}@media (prefers-color-scheme:dark){.services-map{--sea:#0d1820;…}}`
 */
export function mapStyleCss(): string {
	const sized = Object.entries(sizes)
		.map(([name, value]) => `--${name}:${value};`)
		.join('');
	return (
		`.services-map{${properties(LIGHT)}${sized}}\n@media (prefers-color-scheme:dark){.services-map{${properties(DARK)}}}\n` +
		`${basemapRules('.services-map .basemap ', pageBasemapColours)}\n`
	);
}
