import { describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { loadPageOwnWords, loadWords, m, ownWords } from './pageWords';

// The browser's `m` (vite.config.ts, pageWords()): one language's messages, loaded before the page renders.
describe('the page’s words', () => {
	overwriteGetLocale(() => 'kk');
	// As a module holds a message while it loads, before any words have arrived.
	const heldEarly = m.card_per_week;
	const heldOwnEarly = m.airport_local_time;

	it('says which language is not loaded, and how to load it', () => {
		expect(() => m.card_per_week({ count: 2 })).toThrow('The words for "kk" are not loaded: await loadWords("kk") first.');
	});

	it('speaks the page’s language once its words are loaded', async () => {
		await loadWords('kk');
		expect(m.card_per_week({ count: 2 })).toBe('аптасына 2 рейс');
		expect(heldEarly({ count: 3 })).toBe('аптасына 3 рейс');
		// A plain object of the page's messages now, each reached without a lookup.
		expect(Object.keys(m)).toContain('card_per_week');
	});

	it('speaks another loaded language when asked, and says so when it is not loaded', async () => {
		expect(() => m.card_per_week({ count: 2 }, { locale: 'ru' })).toThrow('await loadWords("ru") first.');
		await loadWords('ru');
		expect(m.card_per_week({ count: 2 }, { locale: 'ru' })).toBe('2 рейса в неделю');
		expect(m.card_per_week({ count: 2 })).toBe('аптасына 2 рейс');
	});

	it('says a page’s own words once that page has loaded them, whichever of the two files came first', async () => {
		// Here, as on the server, the language's file keeps every message; the browser's leaves a page's
		// own out (vite.config.ts, wordsAsOneObject(); tests/budget.spec.ts).
		const aboutWords = ownWords('about', {
			en: () => import('$lib/paraglide/messages/en.js?page=about'),
			ru: () => import('$lib/paraglide/messages/ru.js?page=about'),
			kk: () => import('$lib/paraglide/messages/kk.js?page=about'),
			ko: () => import('$lib/paraglide/messages/ko.js?page=about')
		});
		expect(() => m.about_heading({}, { locale: 'ru' })).toThrow('The about page’s words for "ru" are not loaded: await loadPageOwnWords(aboutWords, "ru") first.');
		await loadPageOwnWords(aboutWords, 'kk');
		expect(m.about_heading()).toBe('Деректер қайдан алынған');
		// Loaded again, say after a navigation: the words are taken once.
		await loadPageOwnWords(aboutWords, 'kk');
		expect(Object.keys(m).filter((name) => name === 'about_heading')).toHaveLength(1);
		// The page's words arriving after its own (the root layout's load and the page's run side by side).
		await loadWords('kk');
		expect(m.about_heading()).toBe('Деректер қайдан алынған');
		expect(m.card_per_week({ count: 2 })).toBe('аптасына 2 рейс');
	});

	it('says which page’s own words are not loaded, to a message held before any words arrived', () => {
		expect(() => heldOwnEarly()).toThrow('The airport page’s words are not loaded: airport_local_time is said by that page alone, whose load awaits them.');
	});
});
