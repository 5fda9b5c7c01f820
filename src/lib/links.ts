/** Links inside the app, in the page's language (or another one, for the language switcher). */
import { base } from '$app/paths';
import type { Locale } from '$lib/data/locales';
import { deLocalizeHref, localizeHref } from '$lib/paraglide/runtime';
import { SITE_ORIGIN } from '$lib/site';

/** `localHref('/about')` → `'/ru/about'` on a Russian page; `localHref('/', 'ru')` → `'/ru'`. */
export function localHref(path: string, locale?: Locale): string {
	const href = localizeHref(path, locale ? { locale } : undefined);
	// A language's home is /ru, not /ru/: the build writes ru.html, and most static hosts answer
	// /ru/ with a 404 (there is no ru/index.html).
	return href.replace(/^(\/[a-z]{2})\/(?=$|[?#])/, '$1');
}

/** The page a URL path shows, in English terms: `pagePath('/ru/routes/ala-icn')` → `'/routes/ala-icn'` */
export function pagePath(pathname: string): string {
	const inSite =
		base && (pathname === base || pathname.startsWith(`${base}/`)) ? pathname.slice(base.length) || '/' : pathname;
	return deLocalizeHref(inSite);
}

/** The public address of a page in a language: `absoluteHref('/about', 'ru')` → `'https://nonstop.example/ru/about'` */
export function absoluteHref(path: string, locale: Locale): string {
	const href = localHref(path, locale);
	return SITE_ORIGIN + (base && href === '/' ? base : base + href);
}
