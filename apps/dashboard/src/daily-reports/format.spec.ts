import { formatRate, isOverdue, monthsSoFar, onTimeKey } from './format';
import { photoFileProblem } from './photoFile';
import { reportPath } from './report';

describe('daily report formats', () => {
  it('writes rates as percentages, — when nothing was due', () => {
    expect(formatRate(0.875)).toBe('88%');
    expect(formatRate(1)).toBe('100%');
    expect(formatRate(null)).toBe('—');
  });

  it('marks ✓ / 遅延 / —', () => {
    expect(onTimeKey(true)).toBe('yes');
    expect(onTimeKey(false)).toBe('late');
    expect(onTimeKey(null)).toBe('none');
  });

  it('is overdue past the deadline only while the report is with the vendor', () => {
    const now = new Date('2026-11-21T04:00:00Z');
    expect(isOverdue({ status: 'draft', dueAt: '2026-11-21T03:00:00.000Z' }, now)).toBe(true);
    expect(isOverdue({ status: 'returned', dueAt: '2026-11-21T03:00:00.000Z' }, now)).toBe(true);
    expect(isOverdue({ status: 'submitted', dueAt: '2026-11-21T03:00:00.000Z' }, now)).toBe(false);
    expect(isOverdue({ status: 'draft', dueAt: '2026-11-21T05:00:00.000Z' }, now)).toBe(false);
  });

  it('shows the months begun so far', () => {
    const months = [{ month: '2026-10' }, { month: '2026-11' }, { month: '2026-12' }];
    expect(monthsSoFar(months, '2026-11-22').map((m) => m.month)).toEqual(['2026-10', '2026-11']);
  });
});

describe(photoFileProblem.name, () => {
  it('takes JPEG, PNG and WebP up to 15 MB', () => {
    expect(photoFileProblem({ type: 'image/jpeg', size: 1000 })).toBeUndefined();
    expect(photoFileProblem({ type: 'image/webp', size: 15 * 1024 * 1024 })).toBeUndefined();
    expect(photoFileProblem({ type: 'image/heic', size: 1000 })).toBe('notImage');
    expect(photoFileProblem({ type: 'image/png', size: 15 * 1024 * 1024 + 1 })).toBe('tooLarge');
    expect(photoFileProblem({ type: 'image/png', size: 0 })).toBe('empty');
  });
});

describe(reportPath.name, () => {
  it('opens the form for those who file reports, the read-only page otherwise', () => {
    expect(reportPath('r1', true)).toBe('/daily-reports/r1');
    expect(reportPath('r1', false)).toBe('/daily-reports/r1/show');
  });
});
