import { base } from '$app/paths';
import { withoutBase } from '$lib/basePath';
import { baseLocale, extractLocaleFromUrl, overwriteGetLocale } from '$lib/paraglide/runtime';

// In the browser Paraglide's getLocale reads the language from the first segment of location's
// path, which under a base path is the base's: every page would be English. overwriteGetLocale is
// the smallest fix the runtime offers (a few dozen bytes): the same default pattern, read from the
// path inside the site. A `custom-…` strategy would do it too, but needs the strategy list changed
// in vite.config.ts and the messages script, and a setLocale besides, where nothing sets the
// locale (the language switcher is a link that reloads). Kit imports this module before it starts
// the app, so no getLocale call comes earlier. Without a base, Paraglide's own getLocale stays.
if (base) overwriteGetLocale(() => extractLocaleFromUrl(withoutBase(location.pathname) ?? '/') ?? baseLocale);
