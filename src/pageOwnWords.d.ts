// A language's messages that one page alone says: the module `en.js` and the like, asked for with the
// page's name (vite.config.ts, wordsAsOneObject(); src/lib/pageOwnWords.ts).
declare module '*?page=about' {
	const words: Record<string, (inputs?: object) => string>;
	export default words;
}
declare module '*?page=airport' {
	const words: Record<string, (inputs?: object) => string>;
	export default words;
}
