/**
 * Each language's date words and patterns (dateWords/), loaded on demand: a page carries only its
 * own language's. The root layout's load awaits `loadDateLocale` before anything renders, so
 * formatting can stay synchronous.
 *
 * The words are date-fns's own (dateFormat.spec.ts compares them with its public locales); they
 * live in our files because date-fns exports its locales only whole, parsers and relative-time
 * phrases included, which would be two thirds of the download and are never used.
 */
import type { Locale } from '$lib/data/locales';
import type { DateWords } from './dateFormat';
import { perLanguage } from './perLanguage';

export type { DateWords };

const files = perLanguage<DateWords>('The date words', 'loadDateLocale', {
	en: () => import('./dateWords/en').then((m) => m.words),
	ru: () => import('./dateWords/ru').then((m) => m.words),
	kk: () => import('./dateWords/kk').then((m) => m.words),
	ko: () => import('./dateWords/ko').then((m) => m.words)
});

/** Loads a language's date words once. `await loadDateLocale('ru')` */
export const loadDateLocale = (locale: Locale): Promise<DateWords> => files.load(locale);

/** The date words of a language already loaded. `dateWords('ru').code` → `'ru'` */
export const dateWords = (locale: Locale): DateWords => files.loaded(locale);
