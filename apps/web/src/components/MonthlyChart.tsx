// A monthly bar chart drawn by Apache ECharts, loaded lazily (React.lazy) so the chart library never
// weighs on a page that does not draw one. Only the parts used are imported: bars, grid, tooltip,
// legend and the canvas renderer (a canvas, unlike the SVG renderer, needs no inline style attributes,
// which the Content-Security-Policy forbids). The table beside it is its text alternative.
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface ChartSeries {
  name: string;
  /** one value per month; null where the figure is withheld */
  values: (number | null)[];
}

const palette = ['#0b5394', '#b35900', '#1d6b2f'];

export default function MonthlyChart({ months, series }: { months: string[]; series: ChartSeries[] }) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!container.current) return;
    const chart = echarts.init(container.current, undefined, { renderer: 'canvas' });
    chart.setOption({
      color: palette,
      textStyle: { fontFamily: 'PT Sans, sans-serif', color: '#1b1f24' },
      grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: months },
      yAxis: { type: 'value', minInterval: 1 },
      series: series.map(({ name, values }) => ({ name, type: 'bar', data: values.map((v) => v ?? '-') })),
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [months, series]);

  return <div ref={container} className="chart" aria-hidden="true" />;
}
