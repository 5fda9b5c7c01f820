/** Links inside the app, in the page's language (or another one, for the language switcher). */
import type { Locale } from '$lib/data/schema';
import { localizeHref } from '$lib/paraglide/runtime';

/** `localHref('/about')` → `'/ru/about'` on a Russian page. */
export function localHref(path: string, locale?: Locale): string {
	return localizeHref(path, locale ? { locale } : undefined);
}
