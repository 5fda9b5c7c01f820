/**
 * The site may be served under a sub-path (`BASE_PATH=/nonstop npm run build` sets Kit's
 * `paths.base`). Paraglide keeps its default URL pattern, which takes the first path segment as
 * the language: under a base path that segment is the base's, so every place that asks Paraglide
 * about a URL (reroute, the server hook, the browser's getLocale, links) hands it the path inside
 * the site instead. Custom `urlPatterns` could say the same, but they bring Paraglide's URLPattern
 * polyfill into the browser's bundle.
 */
import { base } from '$app/paths';

/**
 * The path inside the site, or undefined for a path outside the base.
 * `withoutBase('/nonstop/ru/about', '/nonstop')` → `'/ru/about'`; `withoutBase('/nonstop', '/nonstop')` → `'/'`
 */
export function withoutBase(pathname: string, basePath: string = base): string | undefined {
	if (!basePath) return pathname;
	if (pathname === basePath || pathname.startsWith(`${basePath}/`)) return pathname.slice(basePath.length) || '/';
	return undefined;
}
