import { describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { loadWords, m } from './pageWords';

// The browser's `m` (vite.config.ts, pageWords()): one language's messages, loaded before the page renders.
describe('the page’s words', () => {
	overwriteGetLocale(() => 'kk');
	// As a module holds a message while it loads, before any words have arrived.
	const heldEarly = m.card_per_week;

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
});
