/**
 * A source's confidence in the page's language, as the sources page defines the three words and as
 * every fact's source line repeats them.
 */
import type { Confidence } from '$lib/data/schema';
import { m } from '$lib/paraglide/messages';

const labels: Record<Confidence, () => string> = {
	high: () => m.confidence_high(),
	medium: () => m.confidence_medium(),
	low: () => m.confidence_low()
};

/** `confidenceLabel('medium')` → `'medium confidence'` in English. */
export function confidenceLabel(confidence: Confidence): string {
	return labels[confidence]();
}
