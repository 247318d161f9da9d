// The chart of a region's months. It is a picture of the month table beside it (its text alternative),
// so assistive technology reads the label and then the table.
import { useEffect, useRef } from 'react';
import type { MonthlyChartData } from './monthly-chart';

export function MonthlyChart({ label, data }: { label: string; data: MonthlyChartData }) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let disposed = false;
    let dispose = () => {};
    void import('./monthly-chart').then(({ drawMonthlyChart }) => {
      if (disposed || !container.current) return;
      const chart = drawMonthlyChart(container.current, data);
      const resize = () => chart.resize();
      window.addEventListener('resize', resize);
      dispose = () => {
        window.removeEventListener('resize', resize);
        chart.dispose();
      };
    });
    return () => {
      disposed = true;
      dispose();
    };
  }, [data]);

  return <div ref={container} className="authority-chart" role="img" aria-label={label} />;
}
