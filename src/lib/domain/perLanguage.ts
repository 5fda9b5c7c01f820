/**
 * A file per language, loaded once when a page in that language starts and read synchronously
 * after: a page carries its own language's words only, and formatting stays synchronous so
 * hydration matches the prerendered HTML. The root layout's load awaits `load` before anything
 * renders. Used for the date words (dateLocale.ts) and the messages (src/lib/pageWords.ts).
 */
import type { Locale } from '$lib/data/locales';

export interface PerLanguage<T> {
	/** Loads a language's file once. `await files.load('ru')` */
	load(locale: Locale): Promise<T>;
	/** A language's file, loaded before; an error that says which, if not. */
	loaded(locale: Locale): T;
}

/**
 * `what` and `loadCall` word the error of a read before the load: with `perLanguage('The date
 * words', 'loadDateLocale', …)`, reading Russian first throws "The date words for "ru" are not
 * loaded: await loadDateLocale("ru") first." A load that takes more than the language gives the
 * call itself: `(locale) => \`loadPageOwnWords(aboutWords, "${locale}")\``.
 */
export function perLanguage<T>(what: string, loadCall: string | ((locale: Locale) => string), loaders: Record<Locale, () => Promise<T>>): PerLanguage<T> {
	const call = (locale: Locale) => (typeof loadCall === 'string' ? `${loadCall}("${locale}")` : loadCall(locale));
	// An import cache, like the module loader's own: loading twice gives the same object.
	const files = new Map<Locale, T>();
	return {
		async load(locale) {
			const ready = files.get(locale) ?? (await loaders[locale]());
			files.set(locale, ready);
			return ready;
		},
		loaded(locale) {
			const ready = files.get(locale);
			if (ready === undefined) throw new Error(`${what} for "${locale}" are not loaded: await ${call(locale)} first.`);
			return ready;
		}
	};
}
