/**
 * Great-circle geometry on a sphere, kept apart from the map so it can be tested on its own.
 * Positions are [latitude, longitude] in degrees, as Leaflet takes them.
 */

export type LatLng = [latitude: number, longitude: number];

/** Mean Earth radius in km (IUGG), the sphere the published 4,171 km figure uses. */
export const EARTH_RADIUS_KM = 6371;

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;
const toDegrees = (radians: number) => (radians * 180) / Math.PI;

/** Central angle between two points, in radians (haversine, stable for short and long legs). */
function centralAngle([lat1, lng1]: LatLng, [lat2, lng2]: LatLng): number {
	const φ1 = toRadians(lat1);
	const φ2 = toRadians(lat2);
	const Δφ = φ2 - φ1;
	const Δλ = toRadians(lng2 - lng1);
	const h = Math.sin(Δφ / 2) ** 2 + Math.cos(φ1) * Math.cos(φ2) * Math.sin(Δλ / 2) ** 2;
	return 2 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Great-circle distance in km. `greatCircleDistanceKm([43.35528, 77.04472], [37.46333, 126.44])` ≈ 4171 */
export function greatCircleDistanceKm(from: LatLng, to: LatLng, radiusKm = EARTH_RADIUS_KM): number {
	return centralAngle(from, to) * radiusKm;
}

/**
 * `segments + 1` points along the great circle from `from` to `to`, ends included (spherical
 * interpolation). `greatCircleArc(a, b, 2)` → [a, midpoint, b]
 */
export function greatCircleArc(from: LatLng, to: LatLng, segments = 64): LatLng[] {
	const δ = centralAngle(from, to);
	if (δ === 0) return [from, to];
	const [φ1, λ1] = [toRadians(from[0]), toRadians(from[1])];
	const [φ2, λ2] = [toRadians(to[0]), toRadians(to[1])];
	const points: LatLng[] = [];
	for (let i = 0; i <= segments; i++) {
		const f = i / segments;
		const a = Math.sin((1 - f) * δ) / Math.sin(δ);
		const b = Math.sin(f * δ) / Math.sin(δ);
		const x = a * Math.cos(φ1) * Math.cos(λ1) + b * Math.cos(φ2) * Math.cos(λ2);
		const y = a * Math.cos(φ1) * Math.sin(λ1) + b * Math.cos(φ2) * Math.sin(λ2);
		const z = a * Math.sin(φ1) + b * Math.sin(φ2);
		points.push([toDegrees(Math.atan2(z, Math.hypot(x, y))), toDegrees(Math.atan2(y, x))]);
	}
	return points;
}

/**
 * The flat plane the sideways measures work in: degrees, with longitude scaled by the cosine of the
 * leg's middle latitude, so a push looks the same on the map whichever way the leg runs.
 */
function sidewaysPlane(from: LatLng, to: LatLng) {
	const cosMid = Math.cos(toRadians((from[0] + to[0]) / 2));
	const dx = (to[1] - from[1]) * cosMid;
	const dy = to[0] - from[0];
	const length = Math.hypot(dx, dy);
	// The unit normal to the left of travel: [north, east] components.
	return { cosMid, length, left: [dx / length, -dy / length] as const };
}

/**
 * The great-circle arc pushed sideways by `bow` (a fraction of the leg's length; negative bows to
 * the other side), most in the middle and not at all at the airports, so that several airlines on
 * one airport pair draw as distinct lines. Sideways is to the left of the direction of travel.
 * `bowedArc(a, b, 0)` equals `greatCircleArc(a, b)`.
 */
export function bowedArc(from: LatLng, to: LatLng, bow: number, segments = 64): LatLng[] {
	const arc = greatCircleArc(from, to, segments);
	if (bow === 0) return arc;
	const { cosMid, length, left } = sidewaysPlane(from, to);
	return arc.map(([lat, lng], i) => {
		const push = bow * length * Math.sin((Math.PI * i) / segments);
		return [lat + left[0] * push, lng + (left[1] * push) / cosMid];
	});
}

/**
 * How far the great circle itself bows away from the straight line between the airports at the
 * middle of the leg, in `bowedArc`'s units (a fraction of the leg's length, positive to the left of
 * travel). Away from the equator it bows towards the pole: from Almaty east to Seoul, north, to the
 * left. `greatCircleBow(ALA, ICN)` ≈ 0.074; `greatCircleBow(ICN, ALA)` ≈ −0.074
 */
export function greatCircleBow(from: LatLng, to: LatLng): number {
	const { cosMid, length, left } = sidewaysPlane(from, to);
	if (length === 0) return 0;
	const [lat, lng] = greatCircleArc(from, to, 2)[1]!;
	const north = lat - (from[0] + to[0]) / 2;
	const east = (lng - (from[1] + to[1]) / 2) * cosMid;
	return (north * left[0] + east * left[1]) / length;
}
