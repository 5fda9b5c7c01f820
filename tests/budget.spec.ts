/**
 * Size budgets of the built app, read from the build's own files: compressed sizes are
 * deterministic; load times are not, so they live in `npm run bench`, not here. Sizes are what a
 * host sends: the brotli files the build writes beside each asset (adapter-static's precompress),
 * which scripts/serve.js and CDNs serve to every current browser; gzip is printed beside them.
 * - JavaScript before the map: everything a page loads to start, ≤ 69 kB. It was 60 kB until the
 *   cards took both directions, dated facts and their source marks, and the map its country names
 *   (BENCHMARKS.md records that Lighthouse measured no loss for the 3 kB); 63 kB until every fact
 *   aged by one rule and the data took SCAT's three seasons, Busan's report and four dated notices
 *   in four languages (1.8 kB, 0.75 kB of it the notices), and the airports' schedules were laid
 *   over the news with saved flights that say when they moved (1.5 kB); 68 kB until it counted the
 *   root error page, which SvelteKit fetches as every page starts though no page's HTML names it
 *   (0.7–0.9 kB): counted, the route page was 68.5 kB already. The glance that answers who flies,
 *   which days and what time on a phone's first screen added 0.6 kB; the not-found page's words,
 *   no longer in every page's start, gave back 0.3. 70 kB when the words (Paraglide's messages and
 *   runtime) moved to a file of their own that V8 compiles one function at a time: a second brotli
 *   stream packs 0.6 kB worse, and the page's first script task got a third shorter on a 4× slower
 *   CPU (BENCHMARKS.md, 2026-12-04 (close)). A page's own language's messages, not all four, gave
 *   back 3.5 kB: the route page went from 69.7 to 66.2 kB (BENCHMARKS.md, 2026-12-04 (late)). The
 *   about and airport pages' own words, a file per language that only those pages load, count
 *   there: 0.6–0.9 kB less on every other page (BENCHMARKS.md, 2026-12-05 (morning)).
 * - The whole of `/` with its map (HTML, CSS, JavaScript, Leaflet, basemap), ≤ 250 kB.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { LOCALES } from '../src/lib/data/locales';
import { sources } from '../src/lib/data/sources';

const buildDir = process.env.BUILD_DIR ?? 'build';
const kitDir = process.env.KIT_OUT_DIR ?? '.svelte-kit';
const manifestPath = join(kitDir, 'output/client/.vite/manifest.json');

const KB = 1024;
const budgets = { jsBeforeMap: 70 * KB, homeWithMap: 250 * KB };

interface Chunk {
	file: string;
	/** The chunk's name where the build gave it one (vite.config.ts, fewerChunks()). */
	name?: string;
	imports?: string[];
	dynamicImports?: string[];
	css?: string[];
}
type Manifest = Record<string, Chunk>;

const gzipped = (file: string) => gzipSync(readFileSync(join(buildDir, file)), { level: 9 }).length;
/** The brotli file the build wrote, as a host sends it. */
const brotli = (file: string) => {
	const path = join(buildDir, `${file}.br`);
	if (!existsSync(path)) throw new Error(`${path} is missing: the build should precompress every file`);
	return readFileSync(path).length;
};
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');

/** The files a chunk pulls in: its static imports, and with `dynamic`, what it loads later too. */
function closure(manifest: Manifest, keys: string[], dynamic: boolean): { js: Set<string>; css: Set<string> } {
	const js = new Set<string>();
	const css = new Set<string>();
	const visit = (key: string) => {
		const chunk = manifest[key];
		if (!chunk || js.has(chunk.file)) return;
		js.add(chunk.file);
		chunk.css?.forEach((file) => css.add(file));
		chunk.imports?.forEach(visit);
		if (dynamic) chunk.dynamicImports?.forEach(visit);
	};
	keys.forEach(visit);
	return { js, css };
}

/** JavaScript and CSS a prerendered page names: module preloads, entry imports and stylesheets. */
function pageAssets(page: string) {
	const html = readFileSync(join(buildDir, page), 'utf8');
	const strip = (url: string) => url.replace(base, '').replace(/^\//, '');
	const links = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]);
	const hrefOf = (tag: string) => strip(/href="([^"]+)"/.exec(tag)?.[1] ?? '');
	const js = [
		...links.filter((tag) => /rel="modulepreload"/.test(tag)).map(hrefOf),
		...[...html.matchAll(/import\("([^"]+\.js)"\)/g)].map((m) => strip(m[1]!))
	];
	const css = links.filter((tag) => /rel="stylesheet"/.test(tag)).map(hrefOf);
	return { html, js: new Set(js), css: new Set(css) };
}

/**
 * Every file the given ones import statically, read from the built files themselves: what the
 * browser must fetch before they can run, whether or not the page preloads it.
 */
function staticImports(files: Iterable<string>): Set<string> {
	const all = new Set<string>();
	const visit = (file: string) => {
		if (all.has(file)) return;
		all.add(file);
		const code = readFileSync(join(buildDir, file), 'utf8');
		for (const [, path] of code.matchAll(/(?:\bfrom|\bimport)\s*"(\.{1,2}\/[^"]+\.js)"/g)) visit(join(dirname(file), path!));
	};
	[...files].forEach(visit);
	return all;
}

const sum = (files: Iterable<string>, size = brotli) => [...files].reduce((total, file) => total + size(file), 0);
const kB = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;

test.describe('size budgets of the build', () => {
	// npm test always builds first: a missing manifest is a broken build, not a reason to skip.
	if (!existsSync(manifestPath)) throw new Error(`No build manifest at ${manifestPath}: run npm run build first.`);
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
	const key = (source: string) => {
		const found = Object.keys(manifest).find((k) => k === source || k.endsWith(source));
		if (!found) throw new Error(`${source} is not in the build manifest`);
		return found;
	};

	const rootErrorPage = manifest[key('generated/client-optimized/nodes/1.js')]!.file;

	/**
	 * The page's own language's messages and date words (vite.config.ts, fewerChunks()), which the
	 * root layout's load awaits before the page renders, so they count.
	 */
	const languageWords = (locale: string) => {
		const file = Object.keys(manifest).find((k) => manifest[k]!.name === `words-${locale}`);
		if (!file) throw new Error(`No words-${locale} file in the build manifest`);
		return closure(manifest, [file], false).js;
	};

	/**
	 * The messages one kind of page alone says, in one language (src/lib/pageOwnWords.ts), which that
	 * page's load awaits before it renders.
	 */
	const pageOwnWordsFile = (page: 'about' | 'airport', locale: string) => manifest[key(`src/lib/paraglide/messages/${locale}.js?page=${page}`)]!.file;

	/** Every source whole, with its title, author and address, which the sources page's load awaits. */
	const wholeSourcesFile = () => manifest[key('src/lib/data/sources.ts?whole')]!.file;

	for (const [page, locale, ownWords] of [
		['index.html', 'en', null],
		['routes/ala-icn.html', 'en', null],
		['ru/index.html', 'ru', null],
		['ko/about.html', 'ko', 'about'],
		['kk/airports/ala.html', 'kk', 'airport']
	] as const) {
		test(`${page}: JavaScript before the map is at most ${budgets.jsBeforeMap / KB} kB`, () => {
			const { js } = pageAssets(page);
			languageWords(locale).forEach((file) => js.add(file));
			if (ownWords) js.add(pageOwnWordsFile(ownWords, locale));
			// The sources page's load brings every source whole (vite.config.ts, sourcesAsCited()).
			if (ownWords === 'about') js.add(wholeSourcesFile());
			// SvelteKit fetches the root error page as every page starts (client.js: `void default_error_loader()`),
			// though no page names it in its HTML.
			js.add(rootErrorPage);
			const beforeMap = [...staticImports(js)];
			// The live map's module carries Leaflet inside it (leaflet-container is Leaflet's own class name).
			const liveMap = manifest[key('src/lib/components/map/leafletMap.ts')]!.file;
			expect(readFileSync(join(buildDir, liveMap), 'utf8')).toContain('leaflet-container');
			expect(beforeMap, 'the live map must load after the page starts').not.toContain(liveMap);
			for (const file of beforeMap) expect(readFileSync(join(buildDir, file), 'utf8'), file).not.toContain('leaflet-container');
			const size = sum(beforeMap);
			console.log(`${page}: ${kB(size)} of JavaScript before the map, brotli (${kB(sum(beforeMap, gzipped))} gzip), ${beforeMap.length} files`);
			expect(size).toBeLessThanOrEqual(budgets.jsBeforeMap);
		});
	}

	test('every module a page needs to start is preloaded, so none waits for the one that imports it', () => {
		for (const page of ['index.html', 'routes/ala-icn.html', 'routes.html', 'routes/pus-ala.html', 'ru/index.html', 'airlines/dv.html']) {
			const { js } = pageAssets(page);
			const notPreloaded = [...staticImports(js)].filter((file) => !js.has(file));
			expect(notPreloaded, page).toEqual([]);
		}
	});

	test('/ with its map, basemap and styles is at most 250 kB', () => {
		const { html, js, css } = pageAssets('index.html');
		const map = closure(manifest, [key('src/lib/components/map/leafletMap.ts')], true);
		languageWords('en').forEach((file) => js.add(file));
		const files = new Set([...js, ...css, ...map.js, ...map.css]);
		const size = brotli('index.html') + sum(files);
		const gzipSize = gzipSync(html, { level: 9 }).length + sum(files, gzipped);
		console.log(`/ with the map: ${kB(size)} brotli (${kB(gzipSize)} gzip) over ${files.size + 1} files`);
		expect(size).toBeLessThanOrEqual(budgets.homeWithMap);
	});

	test('the schedules are in the HTML itself, not built by JavaScript', () => {
		const { html } = pageAssets('index.html');
		expect(html).toContain('Eastar Jet');
		expect(html).toContain('19:30');
		expect(html).not.toMatch(/<link[^>]+modulepreload[^>]+leaflet/i);
	});

	test('a page loads its own language\'s words, and no other language\'s', () => {
		const perWeek = { en: 'flights a week', ru: 'рейсов в неделю', kk: 'аптасына', ko: '주 ' };
		for (const [page, locale] of [
			['routes/ala-icn.html', 'en'],
			['ru/index.html', 'ru'],
			['kk/index.html', 'kk'],
			['ko/about.html', 'ko']
		] as const) {
			const js = new Set(staticImports(pageAssets(page).js));
			languageWords(locale).forEach((file) => js.add(file));
			const code = [...js].map((file) => readFileSync(join(buildDir, file), 'utf8')).join('\n');
			for (const [other, words] of Object.entries(perWeek)) {
				if (other === locale) expect(code, `${page}: its own words`).toContain(words);
				else expect(code, `${page}: ${other} words`).not.toContain(words);
			}
		}
	});

	test('the words that the about and airport pages alone say load with those pages, not with every page', () => {
		const read = (file: string) => readFileSync(join(buildDir, file), 'utf8');
		for (const locale of ['en', 'ru', 'kk', 'ko']) {
			const messages = JSON.parse(readFileSync(join('messages', `${locale}.json`), 'utf8')) as Record<string, string>;
			const words = [...languageWords(locale)].map(read).join('\n');
			expect(words, `words-${locale}`).toContain(messages.nav_about);
			for (const [page, name] of [['about', 'about_lede'], ['airport', 'airport_time_needs_browser']] as const) {
				// Said by no other message, so found only where this one is.
				expect(Object.values(messages).filter((text) => text.includes(messages[name]!)), name).toHaveLength(1);
				expect(words, `words-${locale} without ${name}`).not.toContain(messages[name]);
				expect(read(pageOwnWordsFile(page, locale)), `the ${page} page's own words, ${locale}`).toContain(messages[name]);
			}
		}
	});

	test('a source\'s title, author and address load with the sources page, not with every page', () => {
		const read = (file: string) => readFileSync(join(buildDir, file), 'utf8');
		const whole = read(wholeSourcesFile());
		for (const page of ['index.html', 'routes/ala-icn.html', 'ko/routes.html', 'ko/about.html']) {
			const code = [...staticImports(pageAssets(page).js)].map(read).join('\n');
			for (const source of sources) {
				// A citation names the source by its publisher: that stays on every page.
				expect(code, `${page}: ${source.id}'s publisher`).toContain(JSON.stringify(source.publisher.ko).slice(1, -1));
				for (const text of [source.url, source.title, source.author?.en, source.describes?.en]) {
					if (!text) continue;
					expect(code, `${page}: ${source.id}`).not.toContain(JSON.stringify(text).slice(1, -1));
					expect(whole, `the whole sources: ${source.id}`).toContain(JSON.stringify(text).slice(1, -1));
				}
			}
		}
	});

	test('every file of the first JavaScript but the words asks V8 to compile it as it streams in', () => {
		// A page calls a few dozen of its language's messages and little of Paraglide's runtime: the
		// words compile as called (vite.config.ts, compileHints()).
		const words = Object.values(manifest).find((chunk) => chunk.name === 'words')?.file;
		const { js } = pageAssets('index.html');
		expect([...js], 'the words\' runtime is a file of its own that every page loads').toContain(words);
		const ownLanguage = [...languageWords('en')].filter((file) => !js.has(file));
		expect(ownLanguage.map((file) => Object.values(manifest).find((chunk) => chunk.file === file)?.name)).toEqual(['words-en']);
		for (const file of [...js, ...ownLanguage]) {
			// First or second line: Vite puts its preload map first in some files, then the hint, then the module's own code.
			const head = readFileSync(join(buildDir, file), 'utf8').split('\n', 2);
			if (file === words || ownLanguage.includes(file)) expect(head.join('\n'), file).not.toContain('allFunctionsCalledOnLoad');
			else expect(head, file).toContain('//# allFunctionsCalledOnLoad');
		}
	});

	test('each language\'s manifest, which the browser fetches with the first page, is precompressed too', () => {
		// The manifest each language's home links (hooks.server.ts), not a list of our own.
		const manifests = LOCALES.map((locale) => {
			const home = readFileSync(join(buildDir, locale === 'en' ? 'index.html' : `${locale}/index.html`), 'utf8');
			const href = /<link rel="manifest" href="([^"]+)"/.exec(home)?.[1];
			expect(href, `${locale}'s home links its manifest`).toBeDefined();
			return href!.slice(base.length).replace(/^\//, '');
		});
		expect(new Set(manifests).size, 'one manifest per language').toBe(LOCALES.length);
		for (const file of manifests) {
			const text = readFileSync(join(buildDir, file));
			const compressed = readFileSync(join(buildDir, `${file}.br`));
			expect(brotliDecompressSync(compressed).equals(text), file).toBe(true);
			expect(compressed.length, file).toBeLessThan(text.length * 0.6);
			expect(gunzipSync(readFileSync(join(buildDir, `${file}.gz`))).equals(text), file).toBe(true);
		}
	});
});

// Each size, weight and style of text is a font the browser finds and shapes in the first layout,
// before anything is painted: on a 4× slower phone that was most of the document's first task
// (BENCHMARKS.md, 2026-12-04 (night), "Fewer fonts"). The pages keep to a few, drawn from app.css's scale.
const MOST_FONTS_AT_LOAD = 22;
test.describe('fonts at the first layout', () => {
	test.use({ viewport: { width: 412, height: 823 }, javaScriptEnabled: false });
	for (const path of ['/', '/routes/ala-icn', '/routes', '/ko/']) {
		test(`${path} lays out its text in at most ${MOST_FONTS_AT_LOAD} fonts`, async ({ page }) => {
			await page.goto(path);
			const fonts = await page.evaluate(() => {
				const found = new Set<string>();
				const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const element = node.parentElement;
					// Text not drawn at load: empty, or inside a section skipped until it nears the screen.
					if (!element || !node.textContent?.trim() || !element.checkVisibility({ contentVisibilityAuto: true })) continue;
					const style = getComputedStyle(element);
					found.add(`${style.fontSize} ${style.fontWeight} ${style.fontStyle} ${style.fontFamily}`);
				}
				return [...found].sort();
			});
			expect(fonts.length, `${path} draws its text in ${fonts.length} fonts:\n${fonts.join('\n')}`).toBeLessThanOrEqual(MOST_FONTS_AT_LOAD);
			expect(fonts.length).toBeGreaterThan(3);
		});
	}
});
