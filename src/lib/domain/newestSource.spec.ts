import { describe, expect, it } from 'vitest';
import type { Source } from '$lib/data/schema';
import { newestSourceDate } from './newestSource';

const news = (date?: string): Pick<Source, 'kind' | 'date'> => ({ kind: 'news', date });

describe('the newest source', () => {
	it('is the latest dated report, whatever the order', () => {
		expect(newestSourceDate([news('2025-04-08'), news('2026-01-30'), news('2024-06-12')])).toBe('2026-01-30');
		expect(newestSourceDate([news('2026-01-30'), news('2025-04-08')])).toBe('2026-01-30');
	});

	it('counts a coarse date from its first day, and keeps the precise one of the same day', () => {
		expect(newestSourceDate([news('2026-02-24'), news('2026'), news('2026-02')])).toBe('2026-02-24');
		expect(newestSourceDate([news('2025-12-31'), news('2026')])).toBe('2026');
		expect(newestSourceDate([news('2026'), news('2026-01-01')])).toBe('2026-01-01');
		expect(newestSourceDate([news('2026-01'), news('2026')])).toBe('2026-01');
	});

	it('takes airline announcements, and leaves out references and undated reports', () => {
		expect(newestSourceDate([news('2025-05-16'), { kind: 'airline', date: '2025-06-02' }])).toBe('2025-06-02');
		expect(newestSourceDate([news('2025-05-16'), { kind: 'reference', date: '2026-11-30' }, news()])).toBe('2025-05-16');
		expect(newestSourceDate([{ kind: 'reference' }])).toBeNull();
		expect(newestSourceDate([])).toBeNull();
	});
});
