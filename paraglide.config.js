/**
 * How Paraglide compiles the messages, said once: Vite's plugin (vite.config.ts) and
 * `npm run messages` (scripts/compile-messages.js, for svelte-check, which runs before any Vite
 * build) both read it. The language comes from the URL (English at the root, `/ru/`, `/kk/`,
 * `/ko/`), else it is the base language. Each language's messages are a module of their own
 * (`messages/en.js`, …): in the browser a page loads its own language's only (src/lib/pageWords.ts).
 * @type {import('@inlang/paraglide-js').CompilerOptions}
 */
export const paraglideOptions = {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	strategy: ['url', 'baseLocale'],
	outputStructure: 'locale-modules'
};
