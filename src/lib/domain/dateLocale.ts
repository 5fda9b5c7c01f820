/**
 * date-fns's own locale words for each language, loaded on demand: a page carries only its
 * language's month and weekday names and long date forms. The root layout's load awaits
 * `loadDateLocale` before anything renders, so formatting can stay synchronous.
 *
 * Only the two parts that formatting reads are loaded (`localize` and `formatLong`), not the whole
 * locale: its parsing patterns and relative-time phrases would be two thirds of the download and
 * are never used. date-fns does not export the parts by name, so dateWords/ imports them by path.
 */
import type { Locale } from '$lib/data/locales';
import type { Locale as FullLocale } from 'date-fns';

/** What date-fns's `format` (and dateFormat.ts) needs of a locale. */
export type DateLocale = Pick<FullLocale, 'code' | 'localize' | 'formatLong'>;

type Words = Pick<DateLocale, 'localize' | 'formatLong'>;
const words = (code: string) => ({ localize, formatLong }: Words): DateLocale => ({ code, localize, formatLong });

const loaders: Record<Locale, () => Promise<DateLocale>> = {
	en: () => import('./dateWords/en').then(words('en-GB')),
	ru: () => import('./dateWords/ru').then(words('ru')),
	kk: () => import('./dateWords/kk').then(words('kk')),
	ko: () => import('./dateWords/ko').then(words('ko'))
};

// An import cache, like the module loader's own: loading twice gives the same object.
const loaded = new Map<Locale, DateLocale>();

/** Loads a language's date-fns locale once. `await loadDateLocale('ru')` */
export async function loadDateLocale(locale: Locale): Promise<DateLocale> {
	const ready = loaded.get(locale) ?? (await loaders[locale]());
	loaded.set(locale, ready);
	return ready;
}

/** The date-fns locale of a language already loaded. `dateFnsLocale('ru').code` → `'ru'` */
export function dateFnsLocale(locale: Locale): DateLocale {
	const ready = loaded.get(locale);
	if (!ready) throw new Error(`The date-fns locale for "${locale}" is not loaded: await loadDateLocale("${locale}") first.`);
	return ready;
}
