// Fails the build when a message is missing, empty, untranslated (the same as in the base language)
// or has different {placeholders} in any language; when it uses a variant the glossary
// (messages/glossary.json) tells to avoid; and when no code uses it.
// Message files: messages/<locale>.json and messages/<feature>/<locale>.json, as listed in
// project.inlang/settings.json. `checkMessages` is the check on plain objects (tested in
// check-messages.spec.ts); run as a script, this file reads the project and prints the problems.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Messages that may legitimately read the same as in the base language, by locale and key.
 * Keep it short: every entry is a string a reader of that language sees in English.
 * (Messages without words — `{from} → {to}` — and words that are names or codes never need a
 * listing: see `wordsToTranslate`.)
 * @type {Record<string, readonly string[]>}
 */
export const SAME_AS_BASE = {};

/** Names and codes that stay as they are in every language. */
const NAMES = ['Nonstop', 'OpenStreetMap', 'Natural Earth', 'Leaflet', 'WeGO', 'Boeing'];

/** A message's placeholders and markup: `{date}`, `{#link}`; `\{` is a literal brace. */
const PLACEHOLDER = /(?<!\\)\{([^}]+)\}/g;

/**
 * @typedef {string | Array<{ declarations?: string[]; selectors?: string[]; match?: Record<string, string> }>} Message
 * @typedef {{ pattern: string; messages: Record<string, Record<string, unknown> | undefined> }} MessageFile
 *   One path pattern's files: locale → its parsed JSON, or undefined when the file does not exist.
 */

/**
 * Nested objects are messages under dotted keys (the plugin flattens them the same way); an array
 * is one message with variants. `flatten({ a: { b: 'x' } })` → `Map { 'a.b' => 'x' }`
 * @param {Record<string, unknown>} object
 * @returns {Map<string, unknown>}
 */
export function flatten(object, prefix = '') {
	const result = new Map();
	for (const [key, value] of Object.entries(object)) {
		if (key === '$schema' && !prefix) continue;
		const id = prefix + key;
		if (value && typeof value === 'object' && !Array.isArray(value)) {
			for (const [k, v] of flatten(/** @type {Record<string, unknown>} */ (value), `${id}.`)) result.set(k, v);
		} else result.set(id, value);
	}
	return result;
}

/**
 * Every text of a message: itself, or each variant's pattern.
 * @param {unknown} message
 * @returns {string[] | null} null when it is neither a string nor a list of variants
 */
function texts(message) {
	if (typeof message === 'string') return [message];
	if (!Array.isArray(message)) return null;
	const all = message.map((variant) =>
		variant && typeof variant === 'object' && variant.match && typeof variant.match === 'object'
			? Object.values(variant.match)
			: null
	);
	if (all.some((t) => t === null || t.some((p) => typeof p !== 'string'))) return null;
	return /** @type {string[][]} */ (all).flat();
}

/** The names a message takes: its {placeholders} and its declared inputs, sorted. */
function placeholders(/** @type {Message} */ message, /** @type {string[]} */ allTexts) {
	const names = new Set(allTexts.flatMap((t) => [...t.matchAll(PLACEHOLDER)].map((m) => (m[1] ?? '').trim())));
	if (Array.isArray(message)) {
		for (const variant of message) {
			for (const d of variant.declarations ?? []) if (d.startsWith('input ')) names.add(d.slice(6).trim());
		}
	}
	return [...names].sort().join(', ');
}

/** True when a variant message has no variant that catches every value (all selectors `*`). */
function lacksCatchAll(/** @type {Message} */ message) {
	if (!Array.isArray(message)) return false;
	return message.some(
		(variant) =>
			!Object.keys(variant.match ?? {}).some((key) =>
				key.split(',').every((part) => part.split('=')[1]?.trim() === '*')
			)
	);
}

/**
 * What is left to translate in a text once placeholders, names, codes (ALA, UTC, IATA) and
 * numbers are taken out. `wordsToTranslate('{from} → {to}')` → `''`
 */
export function wordsToTranslate(/** @type {string} */ text) {
	let rest = text.replace(PLACEHOLDER, ' ');
	for (const name of NAMES) rest = rest.split(name).join(' ');
	rest = rest.replace(/\b[A-Z0-9][A-Z0-9-]{1,5}\b/g, ' ');
	return /\p{L}/u.test(rest) ? rest.replace(/\s+/g, ' ').trim() : '';
}

/**
 * Every problem with a project's messages, one line each; empty when they are complete.
 * @param {{ baseLocale: string; locales: string[]; files: MessageFile[]; sameAsBase?: Record<string, readonly string[]> }} project
 * @returns {string[]}
 */
export function checkMessages({ baseLocale, locales, files, sameAsBase = SAME_AS_BASE }) {
	/** @type {string[]} */
	const problems = [];
	/** Which file first defined each locale's key: a later file would silently override it. */
	/** @type {Map<string, string>} */
	const definedIn = new Map();

	for (const { pattern, messages: byLocale } of files) {
		const fileOf = (/** @type {string} */ locale) => pattern.replace('{locale}', locale);
		const read = (/** @type {string} */ locale) => {
			const json = byLocale[locale];
			if (json === undefined) {
				problems.push(`${fileOf(locale)} is missing`);
				return null;
			}
			return flatten(json);
		};
		const base = read(baseLocale);
		if (!base) continue;
		for (const locale of locales) {
			const messages = locale === baseLocale ? base : read(locale);
			if (!messages) continue;
			const file = fileOf(locale);
			for (const [key, message] of messages) {
				const earlier = definedIn.get(`${locale}\0${key}`);
				if (earlier) problems.push(`${file}: "${key}" is also in ${earlier}, which it overrides`);
				else definedIn.set(`${locale}\0${key}`, file);
				if (!base.has(key)) problems.push(`${file}: "${key}" is not in ${baseLocale}`);
			}
			for (const [key, baseMessage] of base) {
				if (!messages.has(key)) {
					problems.push(`${file}: "${key}" is missing`);
					continue;
				}
				const message = messages.get(key);
				const own = texts(message);
				const baseTexts = texts(baseMessage);
				if (!own || !baseTexts) {
					if (!own) problems.push(`${file}: "${key}" is neither a text nor a list of variants`);
					continue;
				}
				if (own.length === 0 || own.some((t) => t.trim() === '')) {
					problems.push(`${file}: "${key}" is empty`);
					continue;
				}
				if (lacksCatchAll(/** @type {Message} */ (message))) {
					problems.push(`${file}: "${key}" has no catch-all variant (every selector =*)`);
				}
				const ownNames = placeholders(/** @type {Message} */ (message), own);
				const baseNames = placeholders(/** @type {Message} */ (baseMessage), baseTexts);
				if (ownNames !== baseNames) {
					problems.push(`${file}: "${key}" has {${ownNames}} but ${baseLocale} has {${baseNames}}`);
				}
				if (locale !== baseLocale && !(sameAsBase[locale] ?? []).includes(key)) {
					const untranslated = own.find((t) => baseTexts.includes(t) && wordsToTranslate(t) !== '');
					if (untranslated !== undefined) {
						problems.push(`${file}: "${key}" is the same as in ${baseLocale} ("${untranslated}"): not translated yet?`);
					}
				}
			}
		}
	}
	return problems;
}

/**
 * @typedef {{ use: string; avoid?: string[]; except?: string[] }} GlossaryEntry
 * @typedef {{ terms: Record<string, Record<string, GlossaryEntry>> }} Glossary
 */

/**
 * Messages that use a variant the glossary tells to avoid: `ru` "Беспосадочные рейсы" when the
 * glossary's direct flight is "прямой рейс". Case-insensitive; a term's `except` lists the keys
 * that may (a quotation keeps its source's spelling).
 * @param {{ locales: string[]; files: MessageFile[]; glossary: Glossary }} project
 * @returns {string[]}
 */
export function checkGlossary({ locales, files, glossary }) {
	/** @type {string[]} */
	const problems = [];
	for (const { pattern, messages: byLocale } of files) {
		for (const locale of locales) {
			const json = byLocale[locale];
			if (!json) continue;
			for (const [key, message] of flatten(json)) {
				const text = (texts(message) ?? []).join('\n').toLocaleLowerCase(locale);
				for (const [term, byLanguage] of Object.entries(glossary.terms)) {
					const entry = byLanguage[locale];
					if (!entry || entry.except?.includes(key)) continue;
					for (const variant of entry.avoid ?? []) {
						if (text.includes(variant.toLocaleLowerCase(locale))) {
							problems.push(
								`${pattern.replace('{locale}', locale)}: "${key}" says "${variant}": the glossary's ${term} is "${entry.use}"`
							);
						}
					}
				}
			}
		}
	}
	return problems;
}

/** `m.card_as_of(` or `m['card_as_of']`: how code calls a message. */
const MESSAGE_USE = /\bm\s*(?:\.\s*([A-Za-z_$][\w$]*)|\[\s*['"`]([^'"`]+)['"`]\s*\])/g;

/**
 * Messages of the base language that no code uses, one line each.
 * @param {{ baseLocale: string; files: MessageFile[]; sources: string[] }} project
 *   sources: the text of every source file that may use messages
 * @returns {string[]}
 */
export function checkUnused({ baseLocale, files, sources }) {
	const used = new Set(sources.flatMap((source) => [...source.matchAll(MESSAGE_USE)].map((m) => m[1] ?? m[2])));
	/** @type {string[]} */
	const problems = [];
	for (const { pattern, messages: byLocale } of files) {
		for (const key of flatten(byLocale[baseLocale] ?? {}).keys()) {
			if (!used.has(key)) problems.push(`${pattern.replace('{locale}', baseLocale)}: "${key}" is used by no code in src/`);
		}
	}
	return problems;
}

/**
 * The text of every Svelte, TypeScript and JavaScript file under `dir`, but Paraglide's output.
 * @returns {string[]}
 */
export function readSources(dir = 'src') {
	/** @type {string[]} */
	const sources = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) {
			if (entry.name !== 'paraglide' && entry.name !== 'node_modules') sources.push(...readSources(path));
		} else if (['.svelte', '.ts', '.js'].includes(extname(entry.name)) && !/\.spec\.[tj]s$/.test(entry.name)) {
			sources.push(readFileSync(path, 'utf8'));
		}
	}
	return sources;
}

/**
 * Reads the project's settings and message files from disk, relative to `root`.
 * @returns {{ baseLocale: string; locales: string[]; files: MessageFile[]; problems: string[] }}
 */
export function readProject(root = '.') {
	const settings = JSON.parse(readFileSync(resolve(root, 'project.inlang/settings.json'), 'utf8'));
	const { baseLocale, locales } = settings;
	/** @type {string[]} */
	const patterns = [settings['plugin.inlang.messageFormat'].pathPattern].flat();
	/** @type {string[]} */
	const problems = [];
	const files = patterns.map((pattern) => ({
		pattern,
		messages: Object.fromEntries(
			/** @type {string[]} */ (locales).map((locale) => {
				const path = resolve(root, pattern.replace('{locale}', locale));
				if (!existsSync(path)) return [locale, undefined];
				try {
					return [locale, JSON.parse(readFileSync(path, 'utf8'))];
				} catch (error) {
					problems.push(`${pattern.replace('{locale}', locale)} is not valid JSON: ${/** @type {Error} */ (error).message}`);
					return [locale, {}];
				}
			})
		)
	}));
	// A message file in a folder that settings.json does not list would be silently ignored.
	for (const entry of readdirSync(resolve(root, 'messages'), { withFileTypes: true })) {
		if (entry.isDirectory() && !patterns.some((p) => p.includes(`/messages/${entry.name}/`))) {
			problems.push(`messages/${entry.name}/ is not listed in project.inlang/settings.json`);
		}
	}
	return { baseLocale, locales, files, problems };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	const project = readProject();
	const glossary = JSON.parse(readFileSync('messages/glossary.json', 'utf8'));
	const problems = [
		...project.problems,
		...checkMessages(project),
		...checkGlossary({ ...project, glossary }),
		...checkUnused({ ...project, sources: readSources('src') })
	];
	if (problems.length) {
		console.error(`Messages are incomplete:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		process.exit(1);
	}
	console.log(`Messages complete in ${project.locales.join(', ')}.`);
}
