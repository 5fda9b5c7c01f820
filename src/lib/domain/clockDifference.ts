/** Which of two airports' clocks is ahead, for saying it in words. */
import type { Airport } from '$lib/data/schema';
import { utcOffsetAt } from './utcOffset';

export interface ClockDifference<A> {
	/** The airport whose clocks read later, or null when both read the same. */
	ahead: A | null;
	behind: A | null;
	/** Always positive or zero. */
	minutes: number;
}

/**
 * How far apart two airports' clocks are at an instant, from their own offsets (never the device's).
 * `clockDifference(almaty, incheon, new Date('2025-04-07T00:00Z'))` → `{ ahead: incheon, behind: almaty, minutes: 240 }`
 */
export function clockDifference<A extends Pick<Airport, 'utcOffsets'>>(a: A, b: A, at: Date): ClockDifference<A> {
	const minutes = utcOffsetAt(b, at) - utcOffsetAt(a, at);
	if (minutes === 0) return { ahead: null, behind: null, minutes: 0 };
	return minutes > 0 ? { ahead: b, behind: a, minutes } : { ahead: a, behind: b, minutes: -minutes };
}
