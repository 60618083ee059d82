// The cards of a region's figures (GET /api/v1/stats/regions/{code}). Each figure names the field of the answer it
// shows (data-figure) and how it is written (data-format), so the browser tests can hold every card against the API.
import { t } from './i18n.js';
import * as fmt from './format.js';

const FORMATS = {
  count: { write: fmt.count, unit: () => '' },
  amount: { write: fmt.amount, unit: () => t('yuan'), rounded: true },
  percent: { write: fmt.percent, unit: () => '%' },
  signedPercent: { write: fmt.signed, unit: () => '%' },
  rate: { write: fmt.rate, unit: () => '%' },
  pp: { write: fmt.signed, unit: () => t('pp') },
  hours: { write: (v) => fmt.fixed(v, 2), unit: () => t('hours') },
};

const CREDIT = 'creditInformation';

const relief = (kind) => [
  { key: `relief.${kind}.count`, label: [kind, 'count'], format: 'count' },
  { key: `relief.${kind}.amount`, label: [kind, 'amount'], format: 'amount' },
];

export const CARDS = [
  {
    title: 'cardVolume',
    headline: true,
    figures: [
      { key: 'financings.count', label: ['financingsCount'], format: 'count' },
      { key: 'financings.amount', label: ['financingsAmount'], format: 'amount' },
      { key: 'financings.suppliers', label: ['suppliers'], format: 'count' },
      { key: 'financings.coreEnterprises', label: ['coreEnterprises'], format: 'count' },
    ],
  },
  {
    title: 'cardYoy',
    figures: [
      { key: 'yoy.countPct', label: ['yoyCount'], format: 'signedPercent' },
      { key: 'yoy.amountPct', label: ['yoyAmount'], format: 'signedPercent' },
      { key: 'yoy.suppliersPct', label: ['yoySuppliers'], format: 'signedPercent' },
      { key: 'previousYear.count', label: ['previousCount'], format: 'count' },
      { key: 'previousYear.amount', label: ['previousAmount'], format: 'amount' },
    ],
  },
  {
    title: 'cardRates',
    figures: [
      { key: 'rates.min', label: ['rateMin'], format: 'rate' },
      { key: 'rates.max', label: ['rateMax'], format: 'rate' },
      { key: 'rates.weightedAverage', label: ['rateAverage'], format: 'rate' },
      { key: 'rates.referenceSmeAverage', label: ['referenceSme'], format: 'rate' },
      { key: 'rates.spreadToReferencePp', label: ['spreadReference'], format: 'pp' },
      { key: 'rates.spreadToLprPp', label: ['spreadLpr'], format: 'pp' },
    ],
  },
  {
    title: 'cardInclusion',
    figures: [
      { key: 'inclusion.creditWhiteSharePct', label: ['creditWhite'], format: 'percent' },
      { key: 'inclusion.bySizeClass.MICRO', label: ['micro'], format: 'count' },
      { key: 'inclusion.bySizeClass.SMALL', label: ['small'], format: 'count' },
      { key: 'inclusion.bySizeClass.MEDIUM', label: ['medium'], format: 'count' },
    ],
  },
  {
    title: 'cardSpeed',
    figures: [
      { key: 'speed.averageHoursToDisbursement', label: ['averageHours'], format: 'hours' },
      { key: 'speed.medianHoursToDisbursement', label: ['medianHours'], format: 'hours' },
      { key: 'speed.averageChangePct', label: ['averageChange'], format: 'signedPercent' },
    ],
  },
  {
    title: 'cardRelief',
    figures: [...relief('extensions'), ...relief('renewals'), ...relief('restructurings')],
  },
  {
    title: 'cardBalances',
    figures: [
      { key: 'balances.outstandingPrincipal', label: ['outstanding'], format: 'amount' },
      { key: 'balances.overduePrincipal', label: ['overdue'], format: 'amount' },
    ],
  },
  {
    title: 'cardCoverage',
    figures: [
      { key: 'coverage.connected', label: ['coverageConnected'], format: 'count' },
      { key: 'coverage.total', label: ['coverageTotal'], format: 'count' },
      { key: 'coverage.pct', label: ['coveragePct'], format: 'percent' },
    ],
  },
  {
    // lending through pre-approved lines, the reads and the coupons are of the period; the pool is as it stands now
    title: 'cardCreditInformation',
    figures: [
      { key: `${CREDIT}.lineLending.count`, label: ['lineCount'], format: 'count' },
      { key: `${CREDIT}.lineLending.amount`, label: ['lineAmount'], format: 'amount' },
      { key: `${CREDIT}.lineLending.borrowers`, label: ['lineBorrowers'], format: 'count' },
      { key: `${CREDIT}.lineLending.creditWhiteBorrowerSharePct`, label: ['lineCreditWhiteBorrowers'], format: 'percent' },
      { key: `${CREDIT}.lineLending.creditWhiteAmountSharePct`, label: ['lineCreditWhiteAmount'], format: 'percent' },
      { key: `${CREDIT}.lineLending.amountSharePct`, label: ['lineAmountShare'], format: 'percent' },
      { key: `${CREDIT}.profileReads.consented`, label: ['consentedReads'], format: 'count' },
      { key: `${CREDIT}.profileReads.publicOnly`, label: ['publicReads'], format: 'count' },
      { key: `${CREDIT}.coupons.issued`, label: ['couponsIssued'], format: 'count' },
      { key: `${CREDIT}.coupons.used`, label: ['couponsUsed'], format: 'count' },
      { key: `${CREDIT}.coupons.interestSaved`, label: ['couponInterestSaved'], format: 'amount' },
      { key: `${CREDIT}.productPool.products`, label: ['poolProducts'], format: 'count' },
      { key: `${CREDIT}.productPool.pureCreditShare`, label: ['poolPureCredit'], format: 'percent' },
      { key: `${CREDIT}.productPool.averageRate`, label: ['poolAverageRate'], format: 'rate' },
    ],
  },
];

/** The value at a dotted path of the answer, e.g. "rates.min"; null where a block or field is null. */
export function valueAt(answer, key) {
  return key.split('.').reduce((node, part) => (node === null || node === undefined ? null : node[part]), answer);
}

export function figureLabel(figure) {
  return figure.label.map((k) => t(k)).join(' · ');
}

/** The figure as written on its card, with its unit: what the CSV's label column pairs with the raw value. */
export function writtenFigure(figure, answer) {
  const format = FORMATS[figure.format];
  return { text: format.write(valueAt(answer, figure.key)), unit: format.unit() };
}

function element(tag, className, text) {
  const el = document.createElement(tag);
  if (className) {
    el.className = className;
  }
  if (text !== undefined) {
    el.textContent = text;
  }
  return el;
}

export function renderCards(container, answer) {
  container.replaceChildren();
  CARDS.forEach((card) => {
    const section = element('section', card.headline ? 'card headline' : 'card');
    section.dataset.card = card.title;
    section.append(element('h3', null, t(card.title)));
    const list = element('dl');
    card.figures.forEach((figure) => {
      const value = valueAt(answer, figure.key);
      const written = writtenFigure(figure, answer);
      const row = element('div', 'figure');
      row.dataset.figure = figure.key;
      row.dataset.format = figure.format;
      row.append(element('dt', null, figureLabel(figure)));
      const dd = element('dd');
      dd.append(element('span', 'value', written.text));
      if (value !== null && written.unit) {
        dd.append(element('span', 'unit', written.unit));
      }
      if (FORMATS[figure.format].rounded && value !== null) {
        dd.append(element('span', 'rounded', fmt.roundedAmount(value)));
      }
      row.append(dd);
      list.append(row);
    });
    section.append(list);
    container.append(section);
  });
}
