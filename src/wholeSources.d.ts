// The sources' whole records, for the sources page (vite.config.ts, sourcesAsCited()).
declare module '*/data/sources?whole' {
	export const sources: import('$lib/data/schema').Source[];
}
