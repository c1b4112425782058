import { daysBetween } from '../dates';
import type { IsoDate } from '../ledger';

export interface Axis {
  /** Top of the axis: a round number ≥ the largest value (1 when there is nothing to show). */
  max: number;
  /** Tick values from 0 to `max`, ascending, evenly spaced. */
  ticks: number[];
}

/** A value axis from 0 with at most `maxTicks` intervals of 1, 2 or 5 × 10^n (whole numbers: minor units). */
export function valueAxis(largest: number, maxTicks = 5): Axis {
  if (!(largest > 0)) return { max: 1, ticks: [0, 1] };
  const rough = largest / maxTicks;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power);
  const intervals = Math.ceil(largest / step);
  return { max: intervals * step, ticks: Array.from({ length: intervals + 1 }, (_, i) => i * step) };
}

export interface PlotPoint {
  x: number;
  y: number;
}

/**
 * Places dated values in a plot area: x by calendar day within [from, to], y from `axisMax` at the top (0) to
 * 0 at the bottom (`height`). A single day range puts its points in the middle.
 */
export function plotPoints(
  values: readonly { date: IsoDate; value: number }[],
  from: IsoDate,
  to: IsoDate,
  width: number,
  height: number,
  axisMax: number,
): PlotPoint[] {
  const span = daysBetween(from, to);
  return values.map((v) => ({
    x: span > 0 ? (daysBetween(from, v.date) / span) * width : width / 2,
    y: height - (Math.max(0, v.value) / axisMax) * height,
  }));
}
