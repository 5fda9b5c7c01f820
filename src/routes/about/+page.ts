import { withOfficialSources } from '$lib/data/catalog';
import { ownWords, pageWithOwnWords } from '$lib/pageWords';
import type { PageLoad } from './$types';

// The messages this page alone says, in each language (src/lib/pageOwnWords.ts).
const aboutWords = ownWords('about', {
	en: () => import('$lib/paraglide/messages/en.js?page=about'),
	ru: () => import('$lib/paraglide/messages/ru.js?page=about'),
	kk: () => import('$lib/paraglide/messages/kk.js?page=about'),
	ko: () => import('$lib/paraglide/messages/ko.js?page=about')
});

// Every source whole, with its title, author and address: a citation elsewhere has only its
// publisher and date (vite.config.ts, sourcesAsCited()).
const wholeSources = () => import('$lib/data/sources?whole').then(({ sources }) => ({ sources: withOfficialSources(sources) }));

export const load: PageLoad = ({ url }) => pageWithOwnWords(aboutWords, url, wholeSources);
