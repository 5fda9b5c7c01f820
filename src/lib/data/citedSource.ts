import type { Source } from './schema';

/**
 * What a citation names a source by: its publisher, in the page's language, and its date. Every page
 * carries these of every source; the title, author, address and description are the sources page's,
 * which loads the whole records (vite.config.ts, sourcesAsCited()).
 */
export const citedSourceFields = ['id', 'kind', 'publisher', 'date', 'language'] as const;

export type CitedSource = Pick<Source, (typeof citedSourceFields)[number]>;
