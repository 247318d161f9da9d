// The rank interval as a small bar over the ranks 1..N (its geometry in interval-bar.ts); the numbers
// themselves are the text alternative.
import { useT } from '../../i18n';
import { intervalGeometry } from './interval-bar';

const trackWidth = 100;

export function IntervalBar({ interval, rank, n }: { interval: number[]; rank: number; n: number }) {
  const t = useT();
  const [low, high] = interval;
  const bar = intervalGeometry([low, high], rank, n, trackWidth);
  const label = t('league.intervalLabel', { low, high, n });
  return (
    <span className="interval">
      <svg
        className="interval__bar"
        viewBox={`0 0 ${trackWidth} 12`}
        preserveAspectRatio="none"
        aria-hidden="true"
      >
        <rect className="interval__track" x="0" y="5" width={trackWidth} height="2" />
        <rect className="interval__range" x={bar.x} y="2" width={bar.width} height="8" rx="1" />
        <rect className="interval__marker" x={bar.markerX - 0.75} y="0" width="1.5" height="12" />
      </svg>
      <span className="interval__text">{label}</span>
    </span>
  );
}
