import { describe, expect, it } from 'vitest';
import { perLanguage } from './perLanguage';

describe('perLanguage', () => {
	const loadsOf = { en: 0, ru: 0, kk: 0, ko: 0 };
	const words = perLanguage('The test words', 'loadTestWords', {
		en: async () => (loadsOf.en++, { hello: 'Hello' }),
		ru: async () => (loadsOf.ru++, { hello: 'Привет' }),
		kk: async () => (loadsOf.kk++, { hello: 'Сәлем' }),
		ko: async () => (loadsOf.ko++, { hello: '안녕하세요' })
	});

	it('says which language is not loaded yet, and how to load it', () => {
		expect(() => words.loaded('kk')).toThrow('The test words for "kk" are not loaded: await loadTestWords("kk") first.');
	});

	it('loads a language once and then gives the same file synchronously', async () => {
		const first = await words.load('ru');
		expect(await words.load('ru')).toBe(first);
		expect(words.loaded('ru')).toBe(first);
		expect(words.loaded('ru').hello).toBe('Привет');
		expect(loadsOf).toEqual({ en: 0, ru: 1, kk: 0, ko: 0 });
	});

	it('keeps each language apart', async () => {
		await words.load('ko');
		expect(words.loaded('ko').hello).toBe('안녕하세요');
		expect(() => words.loaded('en')).toThrow('"en"');
	});

	it('gives the whole load call when the load takes more than the language', () => {
		const pages = perLanguage('The about page’s words', (locale) => `loadPageOwnWords(aboutWords, "${locale}")`, {
			en: async () => ({}),
			ru: async () => ({}),
			kk: async () => ({}),
			ko: async () => ({})
		});
		expect(() => pages.loaded('ru')).toThrow('The about page’s words for "ru" are not loaded: await loadPageOwnWords(aboutWords, "ru") first.');
	});
});
