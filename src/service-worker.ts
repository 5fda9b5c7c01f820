/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Nonstop's service worker: the whole app (code, static files, every prerendered page in every
 * language) is cached when the worker installs, so the first offline visit to any page works. Pages
 * come from the network first, so an online traveller always sees the newest schedule; the cache
 * answers when the network fails or is slow. OpenStreetMap tiles are kept only as they are viewed.
 */
import { base, build, files, prerendered, version } from '$service-worker';
import { offlinePages } from '$lib/pwa/offlinePages';

const sw = self as unknown as ServiceWorkerGlobalScope;

// Several copies of the app can share an origin under different base paths; each keeps to its own caches.
const CACHE_PREFIX = `nonstop:${base || '/'}:`;
const APP_CACHE = `${CACHE_PREFIX}app:${version}`;
// Not versioned: tiles a traveller has looked at stay useful across app updates.
const TILE_CACHE = `${CACHE_PREFIX}osm-tiles`;
const MAX_TILES = 200;
/** How long a page request may wait for the network before a cached copy is shown (an airport's weak Wi-Fi). */
const NETWORK_TIMEOUT_MS = 3000;

const pages = offlinePages(prerendered);
/**
 * Same-origin files served cache-first: hashed app code (immutable), static files of this version,
 * and prerendered files that are not pages (the map's basemap picture).
 */
const assets = new Set([...build, ...files, ...prerendered.filter((path) => /\.(?!html$)[a-z0-9]+$/i.test(path))]);

sw.addEventListener('install', (event) => {
	// No skipWaiting here: a new version waits until the traveller accepts it (see SKIP_WAITING below),
	// so a page never runs half old code and half new.
	event.waitUntil(precache());
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key.startsWith(`${CACHE_PREFIX}app:`) && key !== APP_CACHE) await caches.delete(key);
			}
			// Take over the page that registered us, so the first visit is already offline-ready.
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);

	if (url.origin === sw.location.origin) {
		if (request.mode === 'navigate') event.respondWith(navigate(request, url));
		else if (assets.has(url.pathname)) event.respondWith(asset(request, url.pathname));
		// Anything else of ours (e.g. _app/version.json) goes to the network as usual.
		return;
	}
	if (isOsmTile(url)) event.respondWith(tile(event, request));
	// Every other cross-origin request is left to the browser and never cached.
});

async function precache(): Promise<void> {
	const cache = await caches.open(APP_CACHE);
	const immutable = new Set(build);
	await Promise.all(
		[...build, ...files, ...prerendered].map(async (path) => {
			// Hashed files may come from the HTTP cache; pages and static files are revalidated, so a
			// cached copy is never older than this version of the worker.
			const response = await fetch(path, { cache: immutable.has(path) ? 'default' : 'no-cache' });
			const acceptable = response.ok || (response.status === 404 && pages.isNotFoundPage(path));
			if (!acceptable) throw new Error(`Could not cache ${path}: HTTP ${response.status}`);
			await cache.put(path, response.redirected ? await unredirected(response) : response);
		})
	);
}

/**
 * A copy that does not remember being redirected (say, a host sending /about to /about/): browsers
 * refuse a redirected response as the answer to a navigation.
 */
async function unredirected(response: Response): Promise<Response> {
	return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers });
}

async function asset(request: Request, path: string): Promise<Response> {
	const cached = await caches.match(path, { cacheName: APP_CACHE });
	return cached ?? fetch(request);
}

async function navigate(request: Request, url: URL): Promise<Response> {
	// The query string does not pick a page: /routes/ala-icn?date=… is the cached /routes/ala-icn.
	const pagePath = pages.pageFor(url.pathname);
	const network = fetch(request);
	// Whatever is answered below, a late network failure must not surface as an unhandled rejection.
	network.catch(() => undefined);

	// A page's network copy is shown but not cached: it may belong to a newer version whose code is
	// not in this version's cache, and offline it would then fail to start.
	const fresh = await within(network, pagePath ? NETWORK_TIMEOUT_MS : undefined).catch(() => undefined);
	if (fresh && fresh.status < 500) return fresh;

	const cached = pagePath ? await caches.match(pagePath, { cacheName: APP_CACHE }) : undefined;
	if (cached) return cached;
	if (fresh) return fresh;

	// No cached page: a slow network may still answer; if it cannot, the language's own 404 page.
	const late = await network.catch(() => undefined);
	if (late) return late;
	const notFoundPath = pages.notFoundPageFor(url.pathname);
	const notFound = notFoundPath ? await caches.match(notFoundPath, { cacheName: APP_CACHE }) : undefined;
	if (!notFound) return Response.error();
	return new Response(notFound.body, { status: 404, statusText: 'Not Found', headers: notFound.headers });
}

/** Resolves as `promise` does, or rejects after `ms` (never, when `ms` is undefined). */
function within<T>(promise: Promise<T>, ms: number | undefined): Promise<T> {
	if (ms === undefined) return promise;
	return new Promise<T>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('timeout')), ms);
		promise.then(resolve, reject).finally(() => clearTimeout(timer));
	});
}

function isOsmTile(url: URL): boolean {
	return url.protocol === 'https:' && (url.hostname === 'tile.openstreetmap.org' || url.hostname.endsWith('.tile.openstreetmap.org'));
}

/**
 * Network first, so the browser's HTTP cache and OpenStreetMap's caching headers decide freshness
 * (their tile usage policy); a tile that was viewed before is shown from our cache when offline.
 */
async function tile(event: FetchEvent, request: Request): Promise<Response> {
	let response: Response | undefined;
	try {
		// Leaflet asks without CORS, and such an opaque answer cannot be checked and takes megabytes of
		// storage quota each; the tile server allows CORS, so we ask that way ourselves.
		response = await fetch(request.url, {
			mode: 'cors',
			credentials: 'omit',
			referrer: request.referrer,
			referrerPolicy: request.referrerPolicy
		});
	} catch {
		response = undefined;
	}
	if (response?.ok) {
		const copy = response.clone();
		event.waitUntil(keepTile(request.url, copy));
		return response;
	}
	const cached = await caches.match(request.url, { cacheName: TILE_CACHE });
	return cached ?? response ?? fetch(request);
}

async function keepTile(url: string, response: Response): Promise<void> {
	const cache = await caches.open(TILE_CACHE);
	await cache.put(url, response);
	// Keys come back in the order they were stored (a re-stored tile moves to the end): the oldest go first.
	const keys = await cache.keys();
	await Promise.all(keys.slice(0, Math.max(0, keys.length - MAX_TILES)).map((key) => cache.delete(key)));
}
