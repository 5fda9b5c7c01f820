import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../../../tests/sourceFiles';
import { citedSourceFields } from './citedSource';
import { SourceSchema } from './schema';

describe('a source as a citation names it', () => {
	it('is reached through the catalog, whose type says what the browser has, or whole by the sources page', () => {
		// In the browser's build `sources.ts` keeps a citation's fields alone (vite.config.ts,
		// sourcesAsCited()): a module that imported it for a title or an address would find none there.
		const importers = sourceFiles('src')
			.filter((file) => /from '(?:\$lib\/data|\.)\/sources(?:\.ts)?'/.test(readFileSync(file, 'utf8')))
			.map((file) => file.replaceAll('\\', '/'));
		expect(importers).toEqual(['src/lib/data/catalog.ts']);
		const whole = sourceFiles('src')
			.filter((file) => readFileSync(file, 'utf8').includes("'$lib/data/sources?whole'"))
			.map((file) => file.replaceAll('\\', '/'));
		expect(whole).toEqual(['src/routes/about/+page.ts']);
	});

	it('keeps the fields a citation shows: the publisher in every language and the date', () => {
		expect(citedSourceFields).toContain('publisher');
		expect(citedSourceFields).toContain('date');
		for (const field of ['title', 'author', 'url', 'describes']) expect(citedSourceFields).not.toContain(field);
		// Every field a source may have is either cited or the sources page's: a new one is placed on purpose.
		for (const field of Object.keys(SourceSchema.entries)) expect([...citedSourceFields, 'title', 'author', 'url', 'describes'], field).toContain(field);
	});
});
