/** The day after a YYYY-MM-DD date: a unit valid until 30/6/2025 is replaced from 1/7/2025. */
export function nextDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}
