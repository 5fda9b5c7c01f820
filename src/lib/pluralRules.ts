/**
 * Paraglide's `plural()` for the browser, which its messages call to pick a form: "1 flight" or
 * "3 flights", "2 рейса" or "5 рейсов". Paraglide's own builds a new `Intl.PluralRules` on every
 * call, and building one costs far more than asking it: about 14 ms at 4× CPU as the home page
 * started, over a few dozen calls (BENCHMARKS.md). Here each language's rules are built once. In
 * the browser `$lib/paraglide/registry.js` is this module (vite.config.ts, pageWords()).
 */
const rules = new Map<string, Intl.PluralRules>();

/** `plural('ru', 3, {})` → `'few'`; `plural('en', 2, { type: 'ordinal' })` → `'two'` */
export function plural(locale: string, input: unknown, options: Intl.PluralRulesOptions = {}): Intl.LDMLPluralRule {
	const key = `${locale} ${JSON.stringify(options)}`;
	let rule = rules.get(key);
	if (!rule) rules.set(key, (rule = new Intl.PluralRules(locale, options)));
	return rule.select(Number(input));
}
