/** The languages Nonstop speaks; English is the default, at the root of the site. */
export const LOCALES = ['en', 'ru', 'kk', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];
