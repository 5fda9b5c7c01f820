/** Links inside the app, in the page's language (or another one, for the language switcher). */
import { base } from '$app/paths';
import { withoutBase } from '$lib/basePath';
import type { Locale } from '$lib/data/locales';
import { deLocalizeHref, getLocale, localizeHref } from '$lib/paraglide/runtime';
import { SITE_ORIGIN } from '$lib/site';

/**
 * `localHref('/about')` → `'/ru/about'` on a Russian page; `localHref('/', 'ru')` → `'/ru/'`. Under
 * a base path (BASE_PATH=/nonstop) the href carries it: `'/nonstop/ru/about'`, `'/nonstop/'`.
 */
export function localHref(path: string, locale?: Locale): string {
	const pageLocale = getLocale();
	const key = `${pageLocale} ${locale ?? pageLocale} ${path}`;
	let href = localHrefs.get(key);
	if (href === undefined) {
		href = localizedHref(path, locale);
		localHrefs.set(key, href);
	}
	return href;
}

// Paraglide parses and builds whole URLs for each link; a page starts with dozens of links to the
// same few pages (every fact on every card links its sources on the About page), so each answer is kept.
const localHrefs = new Map<string, string>();

function localizedHref(path: string, locale?: Locale): string {
	// Paraglide localizes the path inside the site; the base goes in front afterwards. A language's
	// home keeps its slash (/ru/, built as ru/index.html: see routes/+page.ts), as the site's own
	// home is / and, under a base, the base with a slash (/nonstop/).
	return base + localizeHref(path, locale ? { locale } : undefined);
}

/** The page a URL path shows, in English terms: `pagePath('/ru/routes/ala-icn')` → `'/routes/ala-icn'` (base path removed too). */
export function pagePath(pathname: string): string {
	return deLocalizeHref(withoutBase(pathname) ?? pathname);
}

/** The public address of a page in a language: `absoluteHref('/about', 'ru')` → `'https://nonstop.example/ru/about'` */
export function absoluteHref(path: string, locale: Locale): string {
	return SITE_ORIGIN + localHref(path, locale);
}
