import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../../tests/sourceFiles';
import en from '../../messages/en.json';
import { pageOfMessage, pageOwnWords } from './pageOwnWords';

// Where each page with words of its own lives.
const routes = { about: 'src/routes/about/', airport: 'src/routes/airports/' } as const;

describe('the words that one page alone says', () => {
	it('are told apart by their names', () => {
		expect(pageOfMessage('about_heading')).toBe('about');
		expect(pageOfMessage('airport_local_time')).toBe('airport');
		expect(pageOfMessage('card_per_week')).toBeNull();
		expect(pageOfMessage('nav_about')).toBeNull();
		expect(Object.keys(routes).sort()).toEqual(Object.keys(pageOwnWords).sort());
	});

	it('are said by their own page only, since no other page loads them', () => {
		const calls = sourceFiles('src').flatMap((file) =>
			[...readFileSync(file, 'utf8').matchAll(/\bm\.(\w+)/g)].map(([, name]) => ({ file: file.replaceAll('\\', '/'), name: name! }))
		);
		const own = calls.filter(({ name }) => pageOfMessage(name) !== null);
		expect(own.length).toBeGreaterThan(10);
		for (const { file, name } of own) expect(file.startsWith(routes[pageOfMessage(name)!]), `${file} says ${name}`).toBe(true);
	});

	it('are loaded by their page before it renders', () => {
		for (const [page, route] of Object.entries(routes)) {
			const load = sourceFiles(route).find((file) => file.endsWith('+page.ts'));
			expect(load, `${route} has a +page.ts`).toBeDefined();
			const code = readFileSync(load!, 'utf8');
			expect(code).toContain(`ownWords('${page}', {`);
			expect(code).toMatch(/export const load\b[^]*\bpageWithOwnWords\(/);
			for (const locale of ['en', 'ru', 'kk', 'ko']) expect(code).toContain(`import('$lib/paraglide/messages/${locale}.js?page=${page}')`);
		}
	});

	it('each name a message', () => {
		for (const prefix of Object.values(pageOwnWords)) expect(Object.keys(en).filter((name) => name.startsWith(prefix)).length).toBeGreaterThan(3);
	});
});
