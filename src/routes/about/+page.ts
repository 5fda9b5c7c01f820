import { pageWithOwnWords } from '$lib/pageWords';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ url }) => pageWithOwnWords('about', url);
