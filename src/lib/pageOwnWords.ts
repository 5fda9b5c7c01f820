/**
 * Messages that one kind of page alone says, by their names' start: the about page's and the
 * airport pages'.
 * In the browser they are a file of their own per language, which that page's load awaits beside
 * the language's words (src/lib/pageWords.ts); every other page's words go without them
 * (vite.config.ts, wordsAsOneObject()). The server, which prerenders every page, keeps them all.
 * pageOwnWords.spec.ts checks that no other page calls them.
 */
export const pageOwnWords = { about: 'about_', airport: 'airport_' } as const;

export type PageWithOwnWords = keyof typeof pageOwnWords;

/** The page whose own message this is, or null for one any page may say. `'about_lede'` → `'about'` */
export function pageOfMessage(name: string): PageWithOwnWords | null {
	for (const [page, prefix] of Object.entries(pageOwnWords)) if (name.startsWith(prefix)) return page as PageWithOwnWords;
	return null;
}
