// Fails the build when a message is missing, empty or has different {placeholders} in any language.
// Message files: messages/<locale>.json and messages/<feature>/<locale>.json.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8'));
const { baseLocale, locales } = settings;
const patterns = [settings['plugin.inlang.messageFormat'].pathPattern].flat();

/** Every text in a message (plain string or variants), to compare placeholders. */
function texts(message) {
	if (typeof message === 'string') return [message];
	return message.flatMap((variant) => Object.values(variant.match ?? {}));
}
const placeholders = (message) =>
	[...new Set(texts(message).flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort().join(',');

const problems = [];
for (const pattern of patterns) {
	const read = (locale) => {
		const path = pattern.replace('{locale}', locale);
		if (!existsSync(path)) {
			problems.push(`${path} is missing`);
			return {};
		}
		const { $schema, ...messages } = JSON.parse(readFileSync(path, 'utf8'));
		return messages;
	};
	const base = read(baseLocale);
	for (const locale of locales) {
		const messages = read(locale);
		const file = pattern.replace('{locale}', locale);
		for (const [key, message] of Object.entries(base)) {
			if (!(key in messages)) problems.push(`${file}: "${key}" is missing`);
			else if (texts(messages[key]).some((t) => t.trim() === '')) problems.push(`${file}: "${key}" is empty`);
			else if (placeholders(messages[key]) !== placeholders(message))
				problems.push(`${file}: "${key}" has {${placeholders(messages[key])}} but ${baseLocale} has {${placeholders(message)}}`);
		}
		for (const key of Object.keys(messages)) {
			if (!(key in base)) problems.push(`${file}: "${key}" is not in ${baseLocale}`);
		}
	}
}
// A message file in a folder that settings.json does not list would be silently ignored.
for (const entry of readdirSync('messages', { withFileTypes: true })) {
	if (entry.isDirectory() && !patterns.some((p) => p.includes(`/messages/${entry.name}/`))) {
		problems.push(`messages/${entry.name}/ is not listed in project.inlang/settings.json`);
	}
}
if (problems.length) {
	console.error(`Messages are incomplete:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
	process.exit(1);
}
console.log(`Messages complete in ${locales.join(', ')}.`);
