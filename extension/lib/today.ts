/** The user's calendar date, yyyy-MM-dd in the browser's zone. Domain code takes it as a parameter. */
export function todayIso(now: number = Date.now()): string {
  return new Date(now).toLocaleDateString('en-CA');
}
