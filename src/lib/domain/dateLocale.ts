/**
 * date-fns's own locale for each language, loaded on demand: a page carries only its language's
 * month and weekday names. The root layout's load awaits `loadDateLocale` before anything renders,
 * so formatting can stay synchronous.
 */
import type { Locale } from '$lib/data/locales';
import type { Locale as DateFnsLocale } from 'date-fns';

const loaders: Record<Locale, () => Promise<DateFnsLocale>> = {
	en: () => import('date-fns/locale/en-GB').then((module) => module.enGB),
	ru: () => import('date-fns/locale/ru').then((module) => module.ru),
	kk: () => import('date-fns/locale/kk').then((module) => module.kk),
	ko: () => import('date-fns/locale/ko').then((module) => module.ko)
};

// An import cache, like the module loader's own: loading twice gives the same object.
const loaded = new Map<Locale, DateFnsLocale>();

/** Loads a language's date-fns locale once. `await loadDateLocale('ru')` */
export async function loadDateLocale(locale: Locale): Promise<DateFnsLocale> {
	const ready = loaded.get(locale) ?? (await loaders[locale]());
	loaded.set(locale, ready);
	return ready;
}

/** The date-fns locale of a language already loaded. `dateFnsLocale('ru').code` → `'ru'` */
export function dateFnsLocale(locale: Locale): DateFnsLocale {
	const ready = loaded.get(locale);
	if (!ready) throw new Error(`The date-fns locale for "${locale}" is not loaded: await loadDateLocale("${locale}") first.`);
	return ready;
}
