// The lists and tables beside the charts: the same figures as text, reachable with the keyboard and by screen readers.
import { t } from './i18n.js';
import * as fmt from './format.js';

function cell(tag, text, className) {
  const el = document.createElement(tag);
  el.textContent = text;
  if (className) {
    el.className = className;
  }
  return el;
}

/** The sub-regions in rank order, each a link that goes down to it (the keyboard's way to "click a bar"). */
export function renderChildren(list, items, hrefOf) {
  list.replaceChildren();
  items.forEach((item) => {
    const li = document.createElement('li');
    const link = cell('a', item.name);
    link.href = hrefOf(item.regionCode);
    link.dataset.region = item.regionCode;
    li.append(link, cell('span', ' ' + fmt.roundedAmount(item.financings.amount), 'muted'));
    list.append(li);
  });
}

export function table(container, headers, rows) {
  container.replaceChildren();
  const tableEl = document.createElement('table');
  const head = document.createElement('tr');
  headers.forEach((h) => {
    const th = cell('th', h);
    th.scope = 'col';
    head.append(th);
  });
  const thead = document.createElement('thead');
  thead.append(head);
  const tbody = document.createElement('tbody');
  rows.forEach((row) => {
    const tr = document.createElement('tr');
    row.forEach((value, i) => tr.append(cell(i === 0 ? 'th' : 'td', value)));
    tbody.append(tr);
  });
  tableEl.append(thead, tbody);
  container.append(tableEl);
}

export function message(container, text) {
  container.replaceChildren(cell('p', text, 'muted'));
}

const bankName = (b) => (b ? b.name : '—');

export function chainHeaders() {
  return [
    t('chain'),
    t('leaderBank'),
    t('deputyLeaderBank'),
    t('financingsCount'),
    t('financingsAmount') + ' (' + t('yuan') + ')',
    t('leaderEnterprises'),
    t('leaderShare') + ' (%)',
  ];
}

export function chainRow(c) {
  return [
    c.name,
    bankName(c.leaderBank),
    bankName(c.deputyLeaderBank),
    fmt.count(c.financings.count),
    fmt.amount(c.financings.amount),
    c.chainLeaders ? fmt.count(c.chainLeaders.enterprises) : '—',
    c.chainLeaders ? fmt.percent(c.chainLeaders.amountSharePct) : '—',
  ];
}

export function bankHeaders() {
  return [t('bank'), t('financingsCount'), t('financingsAmount') + ' (' + t('yuan') + ')', t('share') + ' (%)'];
}

export function bankRow(b) {
  return [b.name, fmt.count(b.financings.count), fmt.amount(b.financings.amount), fmt.percent(b.amountSharePct)];
}
