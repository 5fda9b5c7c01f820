/**
 * Where the site is published. Canonical and hreflang links must be absolute URLs, and a static
 * build cannot ask the request for its host, so the origin is fixed at build time:
 * `PUBLIC_SITE_ORIGIN=https://flights.example.org npm run build`. Without it the build still
 * works and uses `DEFAULT_SITE_ORIGIN`, a reserved name (RFC 2606) that shows it was not set.
 */
import * as publicEnv from '$env/static/public';

export const DEFAULT_SITE_ORIGIN = 'https://nonstop.example';

/**
 * The origin to build absolute URLs on, from the configured value: scheme and host only, no
 * trailing slash. A value that is not an http(s) origin stops the build with a message.
 * `siteOrigin('https://nonstop.example/')` → `'https://nonstop.example'`
 */
export function siteOrigin(configured: string | undefined): string {
	const value = configured?.trim();
	if (!value) return DEFAULT_SITE_ORIGIN;
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new Error(`PUBLIC_SITE_ORIGIN must be an absolute URL such as https://nonstop.example, not "${value}"`);
	}
	if (!/^https?:$/.test(url.protocol) || (url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
		throw new Error(
			`PUBLIC_SITE_ORIGIN must be only a scheme and host such as https://nonstop.example (a sub-path is BASE_PATH), not "${value}"`
		);
	}
	return url.origin;
}

/** A variable of `$env/static/public` that may not be set: a named import of a missing one fails the build. */
function optionalPublicEnv(name: `PUBLIC_${string}`): string | undefined {
	return (publicEnv as Record<string, string | undefined>)[name];
}

export const SITE_ORIGIN = siteOrigin(optionalPublicEnv('PUBLIC_SITE_ORIGIN'));
