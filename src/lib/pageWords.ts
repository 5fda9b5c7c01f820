/**
 * The messages a page calls, `m.card_per_week({ count: 3 })`, in its own language only: in the
 * browser `$lib/paraglide/messages` is this module (vite.config.ts, pageWords()), and each
 * language's messages are a file of their own (paraglide.config.js) that the root layout's load
 * awaits before anything renders, beside the date words. Paraglide's own `m` carries every message
 * in all four languages, three of which a page never calls. On the server, which prerenders every
 * language, Paraglide's `m` stays.
 */
import type * as Messages from '$lib/paraglide/messages/_index.js';
import { getLocale, type Locale } from '$lib/paraglide/runtime';
import { perLanguage } from '$lib/domain/perLanguage';

// Each language's module exports the same messages: Paraglide writes a missing one as English.
type Words = typeof import('$lib/paraglide/messages/en.js');
type Message = (inputs?: object, options?: { locale?: Locale }) => string;
type ByName = Record<string, Message>;

// Each a plain object of one language's messages: the default export that vite.config.ts
// (wordsAsOneObject()) adds to Paraglide's module, which its types do not know of. The bundler keeps
// only what a file's importer reads, and sees `.default` read only when it is read right here.
type WordsFile = { default: Words };
const files = perLanguage<Words>('The words', 'loadWords', {
	en: () => import('$lib/paraglide/messages/en.js').then((file) => (file as unknown as WordsFile).default),
	ru: () => import('$lib/paraglide/messages/ru.js').then((file) => (file as unknown as WordsFile).default),
	kk: () => import('$lib/paraglide/messages/kk.js').then((file) => (file as unknown as WordsFile).default),
	ko: () => import('$lib/paraglide/messages/ko.js').then((file) => (file as unknown as WordsFile).default)
});

const say = (name: string, inputs?: object, options?: { locale?: Locale }) =>
	(files.loaded(options?.locale ?? getLocale()) as unknown as ByName)[name]!(inputs);

/**
 * Paraglide's `m`: `m.card_per_week({ count: 3 })` in the page's language, or with
 * `{ locale: 'ru' }` in another loaded one. Until the page's words arrive it looks each message up
 * when called, so a module may hold `m.map_country_kz` as it loads; once they have, loadWords
 * makes it a plain object of the page's messages, which a call reaches without a lookup (an
 * export's importers see it change).
 */
export let m = new Proxy({} as typeof Messages, {
	get: (_, name) => (typeof name === 'string' ? (inputs?: object, options?: { locale?: Locale }) => say(name, inputs, options) : undefined)
});

/** Loads a language's messages once: the page's own before it renders. `await loadWords('ru')` */
export async function loadWords(locale: Locale): Promise<void> {
	const words = (await files.load(locale)) as unknown as ByName;
	if (locale !== getLocale()) return;
	const direct: ByName = {};
	for (const name of Object.keys(words)) {
		direct[name] = (inputs, options) => (options?.locale && options.locale !== locale ? say(name, inputs, options) : words[name]!(inputs));
	}
	m = direct as unknown as typeof Messages;
}
