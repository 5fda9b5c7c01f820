/**
 * The messages a page calls, `m.card_per_week({ count: 3 })`, in its own language only: in the
 * browser `$lib/paraglide/messages` is this module (vite.config.ts, pageWords()), and each
 * language's messages are a file of their own (paraglide.config.js) that the root layout's load
 * awaits before anything renders, beside the date words. Paraglide's own `m` carries every message
 * in all four languages, three of which a page never calls. The messages that one kind of page
 * alone says (pageOwnWords.ts) are a file of their own per language, which that page's load names
 * and awaits (`ownWords`, `pageWithOwnWords`). On the server, which prerenders every language,
 * Paraglide's `m` stays.
 */
import { browser } from '$app/environment';
import type * as Messages from '$lib/paraglide/messages/_index.js';
import { getLocale, type Locale } from '$lib/paraglide/runtime';
import { perLanguage, type PerLanguage } from '$lib/domain/perLanguage';
import { pageOfMessage, type PageWithOwnWords } from '$lib/pageOwnWords';

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

// A page's own words (pageOwnWords.ts): each language's file is named by the page's own load, so
// that no other page's code carries them.
type OwnFile = { default: ByName };
export interface OwnWords {
	page: PageWithOwnWords;
	files: PerLanguage<ByName>;
}
const ownWordsOf = new Map<PageWithOwnWords, PerLanguage<ByName>>();

/**
 * A page's own words in each language, for its load: the language's messages asked for with the
 * page's name, which then keep only that page's (vite.config.ts, wordsAsOneObject()).
 * `ownWords('about', { en: () => import('$lib/paraglide/messages/en.js?page=about'), … })`
 */
export function ownWords(page: PageWithOwnWords, loaders: Record<Locale, () => Promise<OwnFile>>): OwnWords {
	const byDefault = (load: () => Promise<OwnFile>) => () => load().then((file) => file.default);
	const files = perLanguage<ByName>(`The ${page} page’s words`, (locale) => `loadPageOwnWords(${page}Words, "${locale}")`, {
		en: byDefault(loaders.en),
		ru: byDefault(loaders.ru),
		kk: byDefault(loaders.kk),
		ko: byDefault(loaders.ko)
	});
	ownWordsOf.set(page, files);
	return { page, files };
}

function say(name: string, inputs?: object, options?: { locale?: Locale }): string {
	const locale = options?.locale ?? getLocale();
	const page = pageOfMessage(name);
	const own = page && ownWordsOf.get(page);
	if (page && !own) throw new Error(`The ${page} page’s words are not loaded: ${name} is said by that page alone, whose load awaits them.`);
	const words = own ? own.loaded(locale) : (files.loaded(locale) as unknown as ByName);
	return words[name]!(inputs);
}

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

// The page language's messages, each called without a lookup: `m` once the words have loaded.
let direct: ByName | undefined;
// The page's own words loaded so far in the page's language, which `direct` takes in whichever
// arrives first.
const ownLoaded: ByName[] = [];

function addTo(target: ByName, words: ByName, locale: Locale) {
	for (const name of Object.keys(words)) {
		target[name] = (inputs, options) => (options?.locale && options.locale !== locale ? say(name, inputs, options) : words[name]!(inputs));
	}
}

/** Loads a language's messages once: the page's own before it renders. `await loadWords('ru')` */
export async function loadWords(locale: Locale): Promise<void> {
	const words = (await files.load(locale)) as unknown as ByName;
	if (locale !== getLocale()) return;
	direct = {};
	addTo(direct, words, locale);
	for (const pageWords of ownLoaded) addTo(direct, pageWords, locale);
	m = direct as unknown as typeof Messages;
}

/** Loads the messages that one page alone says, once. `await loadPageOwnWords(aboutWords, 'ru')` */
export async function loadPageOwnWords(own: OwnWords, locale: Locale): Promise<void> {
	const words = await own.files.load(locale);
	if (locale !== getLocale() || ownLoaded.includes(words)) return;
	ownLoaded.push(words);
	if (direct) addTo(direct, words, locale);
}

/**
 * A page's load, for a page with words of its own, and with data of its own where it has some (the
 * sources page's whole sources): both arrive before it renders, and `mine`'s is what it returns.
 * When they cannot load (offline, before the service worker has them), a page reached by a link
 * within the app is asked of the browser itself, as a page with its words and facts in its HTML;
 * the page the browser started with stays as it was served, as one whose language's words could
 * not load does (routes/+layout.ts).
 */
export async function pageWithOwnWords<Data = undefined>(own: OwnWords, url: URL, mine?: () => Promise<Data>): Promise<Data> {
	if (!browser) return (await mine?.()) as Data;
	const locale = getLocale();
	try {
		const [, data] = await Promise.all([loadPageOwnWords(own, locale), mine?.()]);
		return data as Data;
	} catch (error) {
		console.error(`The ${own.page} page's words (${locale})${mine ? ' or data' : ''} could not load:`, error);
		if (url.pathname + url.search !== location.pathname + location.search) location.assign(url.href);
		return new Promise<never>(() => {});
	}
}
