import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { paraglideOptions } from './paraglide.config.js';
import { airlines } from './src/lib/data/airlines';
import { mapStyleCss } from './src/lib/components/map/mapStyle';
import { airlineColourCss } from './src/lib/domain/airlineColours';
import { pageOfMessage, pageOwnWords } from './src/lib/pageOwnWords';
import { citedSourceFields } from './src/lib/data/citedSource';

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

/**
 * The name of the words' files, which fewerChunks() makes and compileHints() leaves without their
 * hint: `words` (Paraglide's runtime and src/lib/pageWords.ts) and `words-ru` and the like (one
 * language's messages and date words, loaded by the page in that language).
 */
const wordsChunk = 'words';

/**
 * In the browser, `$lib/paraglide/messages` is src/lib/pageWords.ts: a page loads its own
 * language's words (paraglide.config.js writes one module per language) instead of every message in
 * four languages. Its messages' `registry.js` is src/lib/pluralRules.ts, which builds each
 * language's plural rules once. The server, which prerenders every language, keeps Paraglide's
 * modules.
 */
function pageWords(): Plugin {
	const messages = /\/src\/lib\/paraglide\/messages\.js$/;
	// The messages' plural rules, built once per language (src/lib/pluralRules.ts).
	const registry = /\/src\/lib\/paraglide\/registry\.js$/;
	return {
		name: 'nonstop:page-words',
		load: (id, options) => {
			if (options?.ssr) return undefined;
			if (messages.test(id)) return `export { m } from '$lib/pageWords';`;
			if (registry.test(id)) return `export { plural } from '$lib/pluralRules';`;
			return undefined;
		}
	};
}

/**
 * Each language's messages also as one object, the module's default export
 * (`export default { skip_to_content, … }`), which src/lib/pageWords.ts loads. Reached through the
 * module's namespace instead, every message needs a getter, so the file wrote each message's name
 * twice and the browser compiled a getter on its first call. The bundler drops the named exports
 * that only the default one uses and writes the messages straight into the object: 13–17 % less of
 * a page's language file as sent (BENCHMARKS.md). The server keeps the named exports it imports.
 *
 * In the browser, the messages that one kind of page alone says (src/lib/pageOwnWords.ts) leave
 * the language's file for one of their own, the same module asked for as `en.js?page=about`: the
 * about page's and the airport pages' words are then loaded by those pages, not by every page.
 */
function wordsAsOneObject(): Plugin {
	const languageFile = /\/src\/lib\/paraglide\/messages\/(en|ru|kk|ko)\.js(?:\?page=(\w+))?$/;
	const messageName = /^export const (\w+) = /;
	return {
		name: 'nonstop:words-as-one-object',
		transform(code, id, options) {
			const file = languageFile.exec(id);
			if (!file) return;
			const page = file[2] ?? null;
			if (page !== null && !Object.hasOwn(pageOwnWords, page)) throw new Error(`${id}: no page "${page}" in src/lib/pageOwnWords.ts`);
			// Paraglide writes the types and the plural rules' import, then each message after a blank line.
			const [head = '', ...messages] = code.split(/\n\n(?=export const )/);
			const names = messages.map((message) => messageName.exec(message)?.[1]);
			const exports = code.match(/^export /gm)?.length ?? 0;
			if (names.length === 0 || names.length !== exports || names.some((name) => name === undefined) || /^export /m.test(head)) {
				throw new Error(`${id}: expected one "export const <message> = " per export, each after a blank line; has Paraglide changed how it writes a language's messages?`);
			}
			// A page's own file is the same on both sides; the language's file keeps them all on the server.
			const kept = options?.ssr && page === null ? messages : messages.filter((_, i) => pageOfMessage(names[i]!) === page);
			const keptNames = kept.map((message) => messageName.exec(message)![1]);
			return { code: `${[head, ...kept].join('\n\n')}\nexport default { ${keptNames.join(', ')} };\n`, map: null };
		}
	};
}

/**
 * A citation names its source by the publisher and the date (src/lib/data/citedSource.ts);
 * the title, author, address and description are for the sources page alone. In the browser's build,
 * `src/lib/data/sources.ts` keeps only a citation's fields, 1 kB less in the file every page loads,
 * and the sources page's load brings the whole records from `$lib/data/sources?whole`, a file of
 * their own. The server's build keeps them whole, and prerenders every fact of the sources page.
 */
function sourcesAsCited(): Plugin {
	const file = fileURLToPath(new URL('./src/lib/data/sources.ts', import.meta.url));
	return {
		name: 'nonstop:sources-as-cited',
		// After TypeScript's transform: the module is then the data and nothing else, to read here.
		enforce: 'post',
		async transform(code, id, options) {
			if (options?.ssr || id !== file) return;
			let records: unknown;
			try {
				({ sources: records } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`));
			} catch (error) {
				throw new Error(`${id}: sourcesAsCited() reads this module as data, with no imports but types: ${error}`);
			}
			if (!Array.isArray(records)) throw new Error(`${id}: sourcesAsCited() expected an exported array \`sources\``);
			const cited = records.map((record: Record<string, unknown>) => Object.fromEntries(citedSourceFields.map((field) => [field, record[field]])));
			return { code: `export const sources = JSON.parse(${JSON.stringify(JSON.stringify(cited))});\n`, map: null };
		}
	};
}

/**
 * The stylesheets of the parts that load only when wanted (the next departures and the saved flights
 * as the traveller comes near them, the query's notices when there is one) arrive with their code,
 * not in every page's inline stylesheet. SvelteKit inlines the stylesheet of every module the
 * server's build of a page could import, and the `import()` of such a part is in it, though the
 * prerendered page never calls it: AfterStart loads its part in the browser. In the server build
 * that import becomes a rejected promise, so the page inlines none of their 2.6 kB of CSS; the
 * browser's build keeps it, and the stylesheet loads with the part's code, before it shows.
 */
function partsStyledWhenLoaded(): Plugin {
	const parts = ['NextDeparturesLater', 'SavedFlightsLater', 'QueryNoticesLater'];
	const partImport = new RegExp(`import\\((['"])\\./(${parts.join('|')})\\.svelte\\1\\)`, 'g');
	const found = new Set<string>();
	let serverBuild = false;
	return {
		name: 'nonstop:parts-styled-when-loaded',
		apply: 'build',
		transform(code, id, options) {
			if (!options?.ssr || !/\/src\/lib\/components\/.+\.svelte$/.test(id)) return;
			serverBuild = true;
			const written = code.replace(partImport, (_, __, part: string) => {
				found.add(part);
				return `Promise.reject(new Error('${part} loads in the browser only'))`;
			});
			return written === code ? undefined : { code: written, map: null };
		},
		buildEnd() {
			// Only the server build changes anything: the browser's keeps every import.
			const missing = parts.filter((part) => !found.has(part));
			if (serverBuild && missing.length > 0) this.warn(`partsStyledWhenLoaded(): no import of ${missing.join(', ')} found; their stylesheets stay in every page`);
		}
	};
}

/**
 * Chromium's explicit compile hint (V8 13.6 and later) on every file of the browser's build but the
 * words' (fewerChunks()): each is code a page runs as it starts (or the moment its part is wanted,
 * like the live map), so V8 compiles all its functions while the file streams in, instead of one by
 * one on first call in the middle of hydration. A page calls a few dozen of its language's messages
 * and few of Paraglide's runtime functions: compiled eagerly, the rest cost the page's first
 * script task (BENCHMARKS.md, 2026-12-04 (close)). Other browsers read a comment. After
 * minification, which would drop it; not in the server build, which no browser loads.
 */
function compileHints(): Plugin {
	return {
		name: 'nonstop:compile-hints',
		apply: 'build',
		config: (config) =>
			config.build?.ssr
				? {}
				: { build: { rolldownOptions: { output: { postBanner: (chunk) => (chunk.name.startsWith(wordsChunk) ? '' : '//# allFunctionsCalledOnLoad') } } } }
	};
}

/**
 * Fewer, larger files on a page's first load (browser build only). Left to itself the bundler gives
 * each set of pages that shares some modules a file of its own: the home page asked for 22 files
 * before it could start, most of them under 1 kB, and SvelteKit left some out of the page's
 * preloads, so they were fetched only after the file that imports them. Here each module that two
 * or more pages load as they start goes into one of three files: the schedule's, map's and tools'
 * components (home, route and airline pages), the words (Paraglide's runtime and
 * src/lib/pageWords.ts), and all the rest (Svelte, SvelteKit, the data, the layout). A page now
 * asks for 7 or 8 files, all preloaded, and a few brotli streams pack better than many: the home
 * page loaded 74 kB of JavaScript in all instead of 81 kB when this came in. Over HTTP/1.1
 * (`npm start`, a host without HTTP/2) each file also costs a request on one of six connections;
 * over HTTP/2 the count matters little. What loads later (AfterStart's parts, the live map) keeps
 * its own files: `$initial` takes only modules that an entry imports statically. Each language's
 * messages and date words are one file, `words-ru` and the like, which the root layout's load asks
 * for as the page starts.
 */
function fewerChunks(): Plugin {
	// With the map's own stylesheet (mapStyle()), which the first view needs.
	const schedule = /\/src\/lib\/components\/(schedule|map|tools)\/|^virtual:map-style\.css/;
	// The "not found" page's links: the 404 page's own, and the error page's once one is wanted. In
	// the shared file every page would load them as it starts, since every page loads the error page.
	const notFound = /\/src\/lib\/components\/layout\/NotFound\.svelte/;
	// Paraglide's runtime, the page's `m` (src/lib/pageWords.ts) and the plural rules every
	// language's messages call (registry.js, src/lib/pluralRules.ts in the browser): a file of their
	// own, which V8 compiles one function at a time as the page calls them (compileHints()). Its group
	// comes before the languages': a group also takes what its modules import, and the first
	// language's would take the plural rules, so that the others would load it too.
	const words = /\/src\/lib\/(paraglide\/(runtime|registry)\.js|pageWords\.ts|pluralRules\.ts)$/;
	// One language's messages and date words: the one file a page loads beside its start.
	const language = /\/src\/lib\/(?:paraglide\/messages|domain\/dateWords)\/(en|ru|kk|ko)\.[jt]s$/;
	const languageWords = (id: string) => {
		const locale = language.exec(id)?.[1];
		return locale ? `${wordsChunk}-${locale}` : null;
	};
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
											{ name: languageWords, priority: 3 },
											{ name: wordsChunk, priority: 4, test: words },
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

/**
 * SvelteKit's client reads five functions from Svelte through `import * as svelte from 'svelte'`
 * (so that it runs with older Svelte versions too), and a namespace read that way keeps every one of
 * Svelte's exports in the page's shared file, whether anything calls it or not: `mount`,
 * `createRawSnippet`, `createEventDispatcher` and the rest. Here the client imports by name what it
 * reads, and the bundler drops the rest: 1.7 kB of script, 0.5 kB as sent (BENCHMARKS.md). Should a
 * SvelteKit release stop importing Svelte that way, the build says so and goes on unchanged.
 */
function kitReadsSvelteByName(): Plugin {
	const namespace = "import * as svelte from 'svelte';";
	return kitClientEdit(
		'nonstop:kit-reads-svelte-by-name',
		(code) => code.includes(namespace),
		'no longer imports Svelte as a namespace: kitReadsSvelteByName() has nothing to do',
		(code) => {
			const destructured = code.match(/^const \{([\w\s,]+)\} = svelte;$/m)?.[1]?.split(',') ?? [];
			// `svelte.tick`, not `state.svelte.js` or `svelte.dev/docs`.
			const read = [...code.matchAll(/(?<![\w./-])svelte\.(\w+)/g)].map(([, name]) => name);
			const names = [...new Set([...destructured, ...read].map((name) => name!.trim()))].sort();
			const imports = names.map((name) => `${name} as svelte_${name}`).join(', ');
			const object = names.map((name) => `${name}: svelte_${name}`).join(', ');
			return code.replace(namespace, `import { ${imports} } from 'svelte';\nconst svelte = { ${object} };`);
		}
	);
}

/**
 * As a page starts, and after each navigation, SvelteKit's router reads every link it handles and
 * walks each up to <html> for its data-sveltekit-* options, to find the links whose code it should
 * load as they scroll into view (`data-sveltekit-preload-code="viewport"`) or at once ("eager").
 * Nothing here asks for either, and those are the only links the walk acts on, so the router now
 * first asks the document whether any element does; the walk is left out when none does, and runs
 * as before when one does. (Links inside a shadow root are out of its reach either way: the router
 * looks for links with querySelectorAll, which does not enter one.) Should SvelteKit change that
 * function, the build says so and goes on unchanged.
 */
function kitScansLinksOnlyWhenAsked(): Plugin {
	const scan = /(function after_navigate\(\) \{\n(\s*)observer\.disconnect\(\);\n)(\s*for \(const a of container\.querySelectorAll\('a'\)\) \{)/;
	const asked = `[data-sveltekit-preload-code="viewport"], [data-sveltekit-preload-code="eager"]`;
	return kitClientEdit(
		'nonstop:kit-scans-links-only-when-asked',
		(code) => scan.test(code),
		'no longer scans links as kitScansLinksOnlyWhenAsked() expects: it has nothing to do',
		(code) => code.replace(scan, (_, head, indent, loop) => `${head}${indent}if (!document.querySelector('${asked}')) return;\n${loop}`)
	);
}

/**
 * A build-time edit of SvelteKit's client (client.js). Each edit first checks that the code it
 * changes is there; when a SvelteKit release has changed it, the build warns (`warning`, after the
 * file's path) and leaves the file as it is.
 */
function kitClientEdit(name: string, applies: (code: string) => boolean, warning: string, edit: (code: string) => string): Plugin {
	const client = /\/@sveltejs\/kit\/src\/runtime\/client\/client\.js$/;
	return {
		name,
		apply: 'build',
		transform(code, id) {
			if (!client.test(id)) return;
			if (!applies(code)) {
				this.warn(`${id} ${warning}.`);
				return;
			}
			return { code: edit(code), map: null };
		}
	};
}

export default defineConfig({
	plugins: [
		paraglideVitePlugin(paraglideOptions),
		sveltekit(),
		airlineColours(),
		mapStyle(),
		pageWords(),
		wordsAsOneObject(),
		sourcesAsCited(),
		partsStyledWhenLoaded(),
		compileHints(),
		fewerChunks(),
		kitReadsSvelteByName(),
		kitScansLinksOnlyWhenAsked()
	],
	test: {
		// scripts/ holds the build's own checks, tested beside them.
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node'
	}
});
