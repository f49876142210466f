// Whether memory stayed flat: the resident set as the soak began and as it ended.
import { round } from "../report/results";
import { median } from "../support/median";

/**
 * From samples taken at even intervals: after `warmupSamples` (at most half of them), the median of
 * the first fifth of the rest as the start and of the last fifth as the end; the peak over all of
 * them. The series itself, rounded, goes with it: a trend shows more than two medians.
 */
export function rssTrend(samplesMb: number[], warmupSamples: number) {
  const measured = samplesMb.slice(Math.min(warmupSamples, Math.floor(samplesMb.length / 2)));
  const fifth = Math.max(1, Math.ceil(measured.length / 5));
  const start = Math.round(median(measured.slice(0, fifth)));
  const end = Math.round(median(measured.slice(-fifth)));
  return {
    rss_samples: samplesMb.length,
    rss_start_mb: start,
    rss_end_mb: end,
    rss_growth_mb: end - start,
    rss_peak_mb: Math.round(Math.max(...samplesMb)),
    rss_series_mb: samplesMb.map((mb) => round(mb, 0)),
  };
}
