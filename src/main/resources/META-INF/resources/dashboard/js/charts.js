// The four charts (ECharts, from the org.mvnpm:echarts jar). Animation is off: the first render is complete when
// ECharts says "finished", which is what the page's render mark waits for.
import { t } from './i18n.js';
import * as fmt from './format.js';

const FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif';
const INK = '#1a1a1a';
const BLUE = '#1f4e79';
const ORANGE = '#a34700';
const GREY = '#6b7785';

const charts = {};

/** ECharts, once its script (loaded async by index.html) has run. */
const echartsLoaded = new Promise((resolve, reject) => {
  const script = document.getElementById('echarts-script');
  if (globalThis.echarts) {
    resolve(globalThis.echarts);
    return;
  }
  script.addEventListener('load', () => resolve(globalThis.echarts));
  script.addEventListener('error', () => reject(new Error('ECharts could not be loaded from ' + script.src)));
});

/** Draws an option into the chart of that name; resolves with the chart once ECharts has finished rendering it. */
export async function draw(name, element, option) {
  const echarts = await echartsLoaded;
  let chart = charts[name];
  if (!chart || chart.isDisposed()) {
    chart = echarts.init(element, null, { renderer: 'canvas' });
    charts[name] = chart;
  }
  return new Promise((resolve) => {
    chart.off('finished');
    chart.off('click'); // the caller adds what a click on this drawing does
    chart.on('finished', () => {
      chart.off('finished');
      resolve(chart);
    });
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT, color: INK }, ...option }, true);
  });
}

export function resizeAll() {
  Object.values(charts).forEach((c) => c.resize());
}

/** A chart with only a sentence in it: no data, nothing below a county, or a call the service does not offer. */
export function messageOption(text) {
  return {
    title: { text, left: 'center', top: 'middle', textStyle: { fontSize: 14, fontWeight: 'normal', color: GREY } },
    xAxis: { show: false },
    yAxis: { show: false },
    series: [],
  };
}

function horizontalBars(names, series, extra = {}) {
  return {
    grid: { left: 8, right: 24, top: 28, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', splitNumber: 4, axisLabel: { color: INK, formatter: fmt.axisAmount } },
    yAxis: { type: 'category', inverse: true, data: names, axisLabel: { color: INK } },
    series: series.map((one) => ({ barMaxWidth: 28, ...one })),
    ...extra,
  };
}

/** One bar per item, its amount financed, with a label at the bar's end. */
function amountBars(items, label) {
  return {
    name: t('financingsAmount'),
    type: 'bar',
    data: items.map((i) => Number(i.financings.amount)),
    itemStyle: { color: BLUE },
    label: { show: true, position: 'right', color: INK, formatter: label },
  };
}

export function childrenOption(items) {
  return horizontalBars(
    items.map((i) => i.name),
    [{ ...amountBars(items, (p) => fmt.roundedAmount(p.value)), cursor: 'pointer' }],
    { tooltip: { trigger: 'item', formatter: (p) => `${p.name}<br>${fmt.roundedAmount(p.value)}` } },
  );
}

export function seriesOption(items) {
  return {
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, textStyle: { color: INK } },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: items.map((i) => i.period), axisLabel: { color: INK } },
    yAxis: [
      { type: 'value', name: t('financingsAmount'), axisLabel: { color: INK, formatter: fmt.axisAmount } },
      { type: 'value', name: t('financingsCount'), axisLabel: { color: INK } },
    ],
    series: [
      {
        name: t('financingsAmount'),
        type: 'bar',
        data: items.map((i) => Number(i.financings.amount)),
        itemStyle: { color: BLUE },
      },
      {
        name: t('financingsCount'),
        type: 'line',
        yAxisIndex: 1,
        data: items.map((i) => i.financings.count),
        itemStyle: { color: ORANGE },
        lineStyle: { color: ORANGE },
      },
    ],
  };
}

/** Each chain's amount split into what its leader enterprises took and the rest. */
export function chainsOption(items) {
  const leaders = items.map((i) => Number(i.chainLeaders ? i.chainLeaders.amount : 0));
  return horizontalBars(
    items.map((i) => i.name),
    [
      { name: t('leadersAmount'), type: 'bar', stack: 'amount', data: leaders, itemStyle: { color: BLUE } },
      {
        name: t('othersAmount'),
        type: 'bar',
        stack: 'amount',
        data: items.map((i, n) => Number(i.financings.amount) - leaders[n]),
        itemStyle: { color: '#9fb7cf' },
        label: {
          show: true,
          position: 'right',
          color: INK,
          formatter: (p) => {
            const share = items[p.dataIndex].chainLeaders ? items[p.dataIndex].chainLeaders.amountSharePct : null;
            return share === null ? '' : fmt.percent(share) + '%';
          },
        },
      },
    ],
    { legend: { top: 0, textStyle: { color: INK } } },
  );
}

export function banksOption(items) {
  return horizontalBars(
    items.map((i) => i.name),
    [amountBars(items, (p) => fmt.percent(items[p.dataIndex].amountSharePct) + '%')],
  );
}

/** Saves a chart as a PNG file, as drawn (ECharts getDataURL on a white background). */
export function downloadPng(name, fileName) {
  const c = charts[name];
  if (!c) {
    return;
  }
  const link = document.createElement('a');
  link.href = c.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}
