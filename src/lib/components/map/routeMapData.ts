/**
 * What the route map shows, in the page's language: one line per service and the airports, ready
 * for the first-view picture (MapPreview) and for Leaflet (RouteMap) alike.
 */
import { catalog } from '$lib/data/catalog';
import { airline as airlineOf, airport } from '$lib/data/lookup';
import type { Locale, Service } from '$lib/data/schema';
import type { LatLng } from '$lib/domain/geo';
import { mapRoutes } from '$lib/domain/mapRoutes';
import { localHref } from '$lib/links';

/** One service's line, ready to draw. */
export interface RouteMapLine {
	serviceId: string;
	/** Airline IATA code; selecting the line selects this airline. */
	airline: string;
	/** Line colour on the light basemap. */
	colour: string;
	/** Line colour on the dark basemap; `colour` when absent. */
	colourOnDark?: string;
	points: LatLng[];
	/** Plain text naming the line, e.g. "Eastar Jet · Seoul (ICN) → Almaty (ALA)". */
	label: string;
}

export interface RouteMapAirport {
	/** IATA code, shown beside the marker. */
	code: string;
	/** Plain text name, e.g. "Almaty (ALA)"; the marker's accessible name and its popup link. */
	label: string;
	position: LatLng;
	/** The airport's page. */
	href: string;
	/** Its code goes on its west side: codes sit on the outer side of each airport, away from the lines. */
	codeOnWest: boolean;
}

// Lanes are laid out over every service, so a line keeps its place when others are filtered away.
let allLines: ReturnType<typeof mapRoutes> | undefined;

/** The lines of `services`, bowed apart as on the full map. */
export function routeMapLines(services: readonly Service[], locale: Locale): RouteMapLine[] {
	allLines ??= mapRoutes(catalog.services, catalog.airports, catalog.airlines);
	const place = (code: string) => `${airport(code).city[locale]} (${code})`;
	return allLines
		.filter((line) => services.some((s) => s.id === line.serviceId))
		.map((line) => {
			const airline = airlineOf(line.airline);
			return {
				serviceId: line.serviceId,
				airline: line.airline,
				colour: airline.colour.light,
				colourOnDark: airline.colour.dark,
				points: line.points,
				label: `${airline.name[locale]} · ${place(line.origin)} → ${place(line.destination)}`
			};
		});
}

/** Every airport, as the map marks it. */
export function routeMapAirports(locale: Locale): RouteMapAirport[] {
	const middleLongitude = catalog.airports.reduce((sum, a) => sum + a.longitude, 0) / catalog.airports.length;
	return catalog.airports.map((a) => ({
		code: a.iata,
		label: `${a.name[locale]} (${a.iata})`,
		position: [a.latitude, a.longitude],
		href: localHref(`/airports/${a.iata.toLowerCase()}`),
		codeOnWest: a.longitude < middleLongitude
	}));
}
