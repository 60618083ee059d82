// What is on screen as one CSV file: the cards, then the sub-regions, the series, the chains and the banks, each under
// its own header row. Values are the API's own numbers (no grouping), so a spreadsheet reads them as numbers.
import { t } from './i18n.js';
import { CARDS, figureLabel, valueAt } from './cards.js';

function quote(value) {
  if (value === null || value === undefined) {
    return '';
  }
  let text = String(value);
  // a text cell starting like a formula is kept as text, so a spreadsheet never evaluates a name as a formula
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) {
    text = "'" + text;
  }
  return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

export function buildCsv(view) {
  const rows = [];
  rows.push([t('region'), view.stats.name, view.stats.regionCode]);
  rows.push([t('period'), view.stats.from, view.stats.to]);
  rows.push([]);
  rows.push([t('figure'), t('value')]);
  CARDS.forEach((card) =>
    card.figures.forEach((f) => rows.push([t(card.title) + ' · ' + figureLabel(f), valueAt(view.stats, f.key)])),
  );
  if (view.children && view.children.items.length) {
    rows.push([]);
    rows.push([t('region'), 'code', t('financingsCount'), t('financingsAmount'), t('yoyAmount'), t('rankByAmount')]);
    view.children.items.forEach((i) =>
      rows.push([i.name, i.regionCode, i.financings.count, i.financings.amount, i.yoy.amountPct, i.rankByAmount]),
    );
  }
  if (view.series) {
    rows.push([]);
    rows.push([t('period'), t('financingsCount'), t('financingsAmount')]);
    view.series.items.forEach((i) => rows.push([i.period, i.financings.count, i.financings.amount]));
  }
  if (view.chains) {
    rows.push([]);
    rows.push([t('chain'), t('leaderBank'), t('deputyLeaderBank'), t('financingsCount'), t('financingsAmount'),
      t('leaderEnterprises'), t('leaderShare')]);
    view.chains.items.forEach((c) =>
      rows.push([c.name, c.leaderBank ? c.leaderBank.name : '', c.deputyLeaderBank ? c.deputyLeaderBank.name : '',
        c.financings.count, c.financings.amount, c.chainLeaders ? c.chainLeaders.enterprises : '',
        c.chainLeaders ? c.chainLeaders.amountSharePct : '']),
    );
  }
  if (view.banks) {
    rows.push([]);
    rows.push([t('bank'), t('financingsCount'), t('financingsAmount'), t('share')]);
    view.banks.items.forEach((b) => rows.push([b.name, b.financings.count, b.financings.amount, b.amountSharePct]));
  }
  return rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}

export function downloadCsv(view, fileName) {
  // the byte-order mark makes spreadsheet programs read the Chinese names as UTF-8
  const blob = new Blob(['\ufeff' + buildCsv(view)], { type: 'text/csv;charset=utf-8' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
