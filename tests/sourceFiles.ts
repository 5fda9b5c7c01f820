import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The app's own source files under `dir`, spec files aside, for the tests that read the code itself.
 * `skip` names folders left out: by default Paraglide's compiled messages, which no one writes.
 */
export function sourceFiles(dir: string, extensions = /\.(svelte|ts)$/, skip: readonly string[] = ['paraglide']): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return skip.includes(entry.name) ? [] : sourceFiles(path, extensions, skip);
		return extensions.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [path] : [];
	});
}
