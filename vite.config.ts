import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { paraglideOptions } from './paraglide.config.js';
import { airlines } from './src/lib/data/airlines';
import { mapStyleCss } from './src/lib/components/map/mapStyle';
import { airlineColourCss } from './src/lib/domain/airlineColours';

/**
 * The airlines' colours, from the data, as a stylesheet the layout imports
 * (`virtual:airline-colours.css`): bundled with the app's CSS, so the colours are written once and
 * reach the page without a style attribute. Vite restarts when the data file changes, since this
 * config imports it.
 */
function airlineColours(): Plugin {
	const id = 'virtual:airline-colours.css';
	return {
		name: 'nonstop:airline-colours',
		resolveId: (source) => (source === id ? id : undefined),
		load: (source) => (source === id ? airlineColourCss(airlines) : undefined)
	};
}

/**
 * The map's palette and sizes (`src/lib/components/map/mapStyle.ts`) as custom properties on
 * `.services-map`, a stylesheet the map imports (`virtual:map-style.css`): the numbers the picture and
 * Leaflet draw with reach the stylesheets from the same module, without a style attribute.
 */
function mapStyle(): Plugin {
	const id = 'virtual:map-style.css';
	return {
		name: 'nonstop:map-style',
		resolveId: (source) => (source === id ? id : undefined),
		load: (source) => (source === id ? mapStyleCss() : undefined)
	};
}

/** The file of Paraglide's messages and runtime, which fewerChunks() makes and compileHints() leaves without its hint. */
const wordsChunk = 'words';

/**
 * Chromium's explicit compile hint (V8 13.6 and later) on every file of the browser's build but the
 * words' (fewerChunks()): each is code a page runs as it starts (or the moment its part is wanted,
 * like the live map), so V8 compiles all its functions while the file streams in, instead of one by
 * one on first call in the middle of hydration. The words' file holds each message in four
 * languages and a page calls one of them: compiled eagerly, the other three cost the page's first
 * script task about a third of its time (BENCHMARKS.md, 2026-12-04 (close)). Other browsers read a
 * comment. After minification, which would drop it; not in the server build, which no browser loads.
 */
function compileHints(): Plugin {
	return {
		name: 'nonstop:compile-hints',
		apply: 'build',
		config: (config) =>
			config.build?.ssr
				? {}
				: { build: { rolldownOptions: { output: { postBanner: (chunk) => (chunk.name === wordsChunk ? '' : '//# allFunctionsCalledOnLoad') } } } }
	};
}

/**
 * Fewer, larger files on a page's first load (browser build only). Left to itself the bundler gives
 * each set of pages that shares some modules a file of its own: the home page asked for 22 files
 * before it could start, most of them under 1 kB, and SvelteKit left some out of the page's
 * preloads, so they were fetched only after the file that imports them. Here each module that two
 * or more pages load as they start goes into one of three files: the schedule's, map's and tools'
 * components (home, route and airline pages), the words (Paraglide's messages and runtime), and all
 * the rest (Svelte, SvelteKit, the data, the layout). A page now asks for 7 or 8 files, all
 * preloaded, and a few brotli streams pack better than many: the home page loaded 74 kB of
 * JavaScript in all instead of 81 kB when this came in. Over HTTP/1.1 (`npm start`, a host without
 * HTTP/2) each file also costs a request on one of six connections; over HTTP/2 the count matters
 * little. What loads later (AfterStart's parts, the live map, each language's date words) keeps its
 * own files: `$initial` takes only modules that an entry imports statically.
 */
function fewerChunks(): Plugin {
	// With the map's own stylesheet (mapStyle()), which the first view needs.
	const schedule = /\/src\/lib\/components\/(schedule|map|tools)\/|^virtual:map-style\.css/;
	// The "not found" page's words and links: the 404 page's own, and the error page's once one is
	// wanted. In the shared file every page would load them as it starts, since every page loads the
	// error page.
	const notFound = /\/src\/lib\/components\/layout\/NotFound\.svelte|\/paraglide\/messages\/not_found_/;
	// Paraglide's messages and runtime: a file of their own, which V8 compiles one function at a time
	// as the page calls them (compileHints()).
	const words = /\/src\/lib\/paraglide\/(messages\/|runtime\.js|registry\.js)/;
	return {
		name: 'nonstop:fewer-chunks',
		apply: 'build',
		config: (config) =>
			config.build?.ssr
				? {}
				: {
						build: {
							rolldownOptions: {
								output: {
									codeSplitting: {
										groups: [
											{ name: wordsChunk, tags: ['$initial'], minShareCount: 2, priority: 3, test: (id: string) => words.test(id) && !notFound.test(id) },
											{ name: 'shared', tags: ['$initial'], minShareCount: 2, priority: 2, test: (id: string) => !schedule.test(id) && !notFound.test(id) },
											{ name: 'schedule', tags: ['$initial'], minShareCount: 2, priority: 1, test: schedule }
										]
									}
								}
							}
						}
					}
	};
}

export default defineConfig({
	plugins: [
		paraglideVitePlugin(paraglideOptions),
		sveltekit(),
		airlineColours(),
		mapStyle(),
		compileHints(),
		fewerChunks()
	],
	test: {
		// scripts/ holds the build's own checks, tested beside them.
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node'
	}
});
