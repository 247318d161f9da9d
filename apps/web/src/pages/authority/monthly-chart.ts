// The monthly chart, drawn by Apache ECharts on a canvas with only the parts it uses (line chart, grid,
// legend, tooltip). This module is imported on demand by MonthlyChart, so the chart library loads after
// the tables it illustrates. Withheld months are gaps in the lines, never zeros. The tooltip is drawn
// on the canvas too (richText), since the Content-Security-Policy refuses HTML with inline styles.
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use, type EChartsType } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface MonthlySeries {
  name: string;
  values: (number | null)[];
}

export interface MonthlyChartData {
  months: string[];
  series: MonthlySeries[];
}

const colours = ['#0b5394', '#b35900'];

export function drawMonthlyChart(container: HTMLElement, data: MonthlyChartData): EChartsType {
  const chart = init(container, undefined, { renderer: 'canvas' });
  chart.setOption({
    color: colours,
    animation: false,
    textStyle: { fontFamily: 'PT Sans, system-ui, sans-serif', color: '#1b1f24' },
    grid: { left: 48, right: 16, top: 40, bottom: 32 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    xAxis: { type: 'category', data: data.months },
    yAxis: { type: 'value', minInterval: 1 },
    series: data.series.map((series) => ({
      type: 'line',
      name: series.name,
      data: series.values,
      connectNulls: false,
      symbolSize: 6,
    })),
  });
  return chart;
}
