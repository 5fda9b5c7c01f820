/**
 * The route map's first view, shared by the picture drawn before Leaflet (MapPreview) and by
 * Leaflet's fitBounds (leafletMap.ts), so both show the same place at the same zoom.
 */
import type { LatLng } from '$lib/domain/geo';
import { mapBounds } from '$lib/domain/mapRoutes';
import type { FitOptions } from '$lib/domain/mapView';
import type { ShownAirport, ShownLine } from './servicesMapData';

/** Room for the airport codes beside the markers at both ends of the route; Leaflet's own zoom limits. */
export const firstViewFit: FitOptions = {
	paddingTopLeft: [40, 12],
	paddingBottomRight: [40, 12],
	zoomSnap: 0.25,
	minZoom: 2,
	maxZoom: 8
};

/** The box the first view shows: the airports and every point of the shown lines, so bowed lines fit as well. */
export function viewBounds(lines: readonly Pick<ShownLine, 'points' | 'shown'>[], airports: readonly ShownAirport[]): [LatLng, LatLng] {
	const places = [...airports.map((a) => a.position), ...lines.filter((line) => line.shown).flatMap((line) => line.points)];
	return places.length > 0
		? mapBounds(places, 0.03)
		: [
				[30, 60],
				[50, 140]
			];
}

/** Two boxes are the same place: a refit to an equal box would only undo the traveller's panning. */
export const sameBounds = (a: [LatLng, LatLng] | undefined, b: [LatLng, LatLng]) => a !== undefined && a.flat().every((n, i) => n === b.flat()[i]);
