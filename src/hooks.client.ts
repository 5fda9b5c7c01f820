import { withoutBase } from '$lib/basePath';
import type { Locale } from '$lib/data/locales';
import { baseLocale, extractLocaleFromUrl, overwriteGetLocale } from '$lib/paraglide/runtime';

// Paraglide's own getLocale, called by every message and link, parses location's whole URL each
// time and reads the language from its path's first segment, which under a base path is the
// base's: every page would be English. overwriteGetLocale is the smallest fix the runtime offers:
// the same default pattern, read from the path inside the site, and read once per path, since a
// page asks for its language hundreds of times while it starts. A `custom-…` strategy would do it
// too, but needs the strategy list changed (paraglide.config.js) and a
// setLocale besides, where nothing sets the locale (the language switcher is a link that reloads).
// Kit imports this module before it starts the app, so no getLocale call comes earlier.
let known: { pathname: string; locale: Locale } | undefined;
overwriteGetLocale(() => {
	const { pathname } = location;
	if (known?.pathname !== pathname) known = { pathname, locale: extractLocaleFromUrl(withoutBase(pathname) ?? '/') ?? baseLocale };
	return known.locale;
});
