// The dashboard: sign-in, the address (#region=...&period=...&series=...) as the state, and one view of a region made
// of six calls in parallel. When a view is completely drawn (cards, lists and the four charts), the page sets
// body[data-state=ready] and, the first time, the performance mark "dashboard-rendered".
import { applyStaticLabels, lang, setLang, t } from './i18n.js';
import { storedToken, storeToken, forgetToken, claimsOf, rolesOf, regionOf, hasExpired } from './session.js';
import { ApiError, loadRegion } from './api.js';
import { renderCards } from './cards.js';
import * as charts from './charts.js';
import * as tables from './tables.js';
import { downloadCsv } from './csv.js';
import { parsePeriod, periodText, periodParams, bounds, defaultPeriod } from './period.js';

const $ = (id) => document.getElementById(id);

const state = {
  token: null,
  own: null, // the region the token is bound to; null for a dashboard that sees every region
  names: {},
  view: null,
  generation: 0,
  marked: false,
};

function route() {
  const params = new URLSearchParams(location.hash.slice(1));
  return {
    region: params.get('region') || state.own,
    period: parsePeriod(params.get('period')),
    granularity: params.get('series') === 'quarter' ? 'quarter' : 'month',
  };
}

function hrefFor(changes) {
  const current = route();
  const params = new URLSearchParams({
    region: changes.region || current.region || '',
    period: periodText(changes.period || current.period),
    series: changes.granularity || current.granularity,
  });
  return '#' + params.toString();
}

function showMessage(text, backToOwn) {
  const box = $('message');
  box.replaceChildren(document.createTextNode(text));
  if (backToOwn && state.own) {
    const link = document.createElement('a');
    link.href = hrefFor({ region: state.own });
    link.textContent = ' ' + (state.names[state.own] || state.own);
    box.append(link);
  }
  box.hidden = false;
}

function clearMessage() {
  $('message').hidden = true;
}

function showSignIn(text) {
  $('board').hidden = true;
  $('sign-out').hidden = true;
  $('sign-in').hidden = false;
  document.body.dataset.state = 'signed-out';
  if (text) {
    showMessage(text);
  } else {
    clearMessage();
  }
  $('token-input').focus();
}

/** What the page can tell from the token itself, before asking the service. */
function refusalOf(token) {
  const claims = claimsOf(token);
  if (!claims) {
    return t('errNotToken');
  }
  const roles = rolesOf(claims);
  if (!roles.includes('dashboard')) {
    return t('errRole', roles.join(', ') || '?');
  }
  if (hasExpired(claims)) {
    return t('errExpired');
  }
  return null;
}

function signIn(token) {
  const refusal = refusalOf(token);
  if (refusal) {
    forgetToken();
    showSignIn(refusal);
    return;
  }
  state.token = token;
  state.own = regionOf(claimsOf(token));
  storeToken(token);
  $('sign-in').hidden = true;
  $('sign-out').hidden = false;
  $('token-input').value = '';
  load();
}

/** The codes from the token's region down to this one, for the breadcrumb (GB/T 2260 codes nest by their digits). */
function trailOf(code) {
  const chain = [code.slice(0, 2) + '0000', code.slice(0, 4) + '00', code].filter((c, i, all) => all.indexOf(c) === i);
  const start = state.own ? chain.indexOf(state.own) : 0;
  return start < 0 ? [code] : chain.slice(start);
}

function refuse(error, code) {
  $('board').hidden = true;
  document.body.dataset.state = 'refused';
  if (!(error instanceof ApiError)) {
    showMessage(t('errNetwork'));
    return;
  }
  if (error.status === 401) {
    const claims = claimsOf(state.token);
    forgetToken();
    showSignIn(claims && hasExpired(claims) ? t('errExpired') : t('errUnrecognised'));
  } else if (error.status === 403) {
    showMessage(t('errForeign', state.own || '?', code), true);
  } else if (error.status === 404) {
    showMessage(t('errRegionUnknown', code), true);
  } else {
    showMessage(t('errServer', error.status, error.message));
  }
}

async function load() {
  const { region, period, granularity } = route();
  if (!region) {
    showMessage(t('errUnbound'));
    return;
  }
  const generation = ++state.generation;
  syncControls(period, granularity);
  document.body.dataset.state = 'loading';
  const trail = trailOf(region);
  const missing = trail.filter((c) => c !== region && !state.names[c]);
  const range = bounds(period);
  const settled = await loadRegion(
    state.token,
    region,
    periodParams(period),
    { granularity, from: range.from, to: range.to },
    missing,
  );
  if (generation !== state.generation) {
    return; // a newer view was asked for meanwhile
  }
  if (settled.stats.status === 'rejected') {
    refuse(settled.stats.reason, region);
    return;
  }
  const value = (key) => (settled[key].status === 'fulfilled' ? settled[key].value : null);
  const failure = (key) => (settled[key].status === 'rejected' ? settled[key].reason : null);
  const view = {
    code: region,
    trail,
    period,
    granularity,
    region: value('region'),
    stats: value('stats'),
    children: value('children'),
    series: value('series'),
    chains: value('chains'),
    banks: value('banks'),
    failures: { children: failure('children'), series: failure('series'), chains: failure('chains'), banks: failure('banks') },
  };
  state.names[region] = view.stats.name;
  missing.forEach((c) => {
    const answer = value('name:' + c);
    if (answer) {
      state.names[c] = answer.name;
    }
  });
  if (view.children) {
    view.children.items.forEach((i) => {
      state.names[i.regionCode] = i.name;
    });
  }
  state.view = view;
  await render(view);
}

function unavailableText(error) {
  if (error instanceof ApiError && error.status === 404) {
    return t('notAvailable');
  }
  return error instanceof ApiError ? t('errServer', error.status, error.message) : t('errNetwork');
}

function renderBreadcrumb(view) {
  const list = $('breadcrumb');
  list.replaceChildren();
  view.trail.forEach((code, i) => {
    const li = document.createElement('li');
    const name = state.names[code] || code;
    if (i === view.trail.length - 1) {
      const here = document.createElement('span');
      here.textContent = name;
      here.setAttribute('aria-current', 'page');
      li.append(here);
    } else {
      const link = document.createElement('a');
      link.href = hrefFor({ region: code });
      link.textContent = name;
      link.dataset.region = code;
      li.append(link);
    }
    list.append(li);
  });
}

async function render(view) {
  clearMessage();
  $('board').hidden = false;
  const stats = view.stats;
  $('region-title').textContent = `${stats.name}（${stats.regionCode}）`;
  $('period-title').textContent = t('periodOf', stats.from, stats.to);
  renderBreadcrumb(view);
  renderCards($('cards'), stats);

  const drawn = [];
  const isCounty = view.region && view.region.level === 'COUNTY';
  const children = view.children ? [...view.children.items].sort((a, b) => a.rankByAmount - b.rankByAmount) : [];
  if (view.failures.children) {
    drawn.push(charts.draw('children', $('chart-children'), charts.messageOption(unavailableText(view.failures.children))));
    tables.message($('children-list'), unavailableText(view.failures.children));
  } else if (isCounty || children.length === 0) {
    drawn.push(charts.draw('children', $('chart-children'), charts.messageOption(t('noChildren'))));
    $('children-list').replaceChildren();
  } else {
    drawn.push(
      charts.draw('children', $('chart-children'), charts.childrenOption(children)).then((chart) => {
        chart.on('click', (p) => {
          location.hash = hrefFor({ region: children[p.dataIndex].regionCode });
        });
      }),
    );
    tables.renderChildren($('children-list'), children, (code) => hrefFor({ region: code }));
  }

  if (view.series) {
    const items = view.series.items;
    drawn.push(charts.draw('series', $('chart-series'), items.length ? charts.seriesOption(items) : charts.messageOption(t('noData'))));
  } else {
    drawn.push(charts.draw('series', $('chart-series'), charts.messageOption(unavailableText(view.failures.series))));
  }

  drawn.push(renderListPanel(view.chains, view.failures.chains, 'chains', charts.chainsOption, tables.chainHeaders, tables.chainRow));
  drawn.push(renderListPanel(view.banks, view.failures.banks, 'banks', charts.banksOption, tables.bankHeaders, tables.bankRow));

  try {
    await Promise.all(drawn);
  } catch (e) {
    document.body.dataset.state = 'failed';
    showMessage(e.message);
    return;
  }
  if (!state.marked) {
    state.marked = true;
    performance.mark('dashboard-rendered');
  }
  document.body.dataset.region = view.code;
  document.body.dataset.lang = lang();
  document.body.dataset.state = 'ready';
}

function renderListPanel(answer, failure, name, option, headers, row) {
  const chartEl = $('chart-' + name);
  const tableEl = $(name + '-table');
  if (!answer) {
    tables.message(tableEl, unavailableText(failure));
    return charts.draw(name, chartEl, charts.messageOption(unavailableText(failure)));
  }
  if (answer.items.length === 0) {
    tables.message(tableEl, t('noData'));
    return charts.draw(name, chartEl, charts.messageOption(t('noData')));
  }
  tables.table(tableEl, headers(), answer.items.map(row));
  return charts.draw(name, chartEl, option(answer.items));
}

function syncControls(period, granularity) {
  $('period-kind').value = period.kind;
  document.querySelectorAll('.period-field').forEach((f) => {
    f.hidden = f.dataset.kind !== period.kind;
  });
  if (period.kind === 'year') $('period-year').value = period.value;
  if (period.kind === 'quarter') $('period-quarter').value = period.value;
  if (period.kind === 'month') $('period-month').value = period.value;
  if (period.kind === 'range') [$('period-from').value, $('period-to').value] = period.value.split('..');
  $('series-granularity').value = granularity;
}

function periodFromControls() {
  const kind = $('period-kind').value;
  const values = {
    year: $('period-year').value,
    quarter: $('period-quarter').value.toUpperCase(),
    month: $('period-month').value,
    range: $('period-from').value + '..' + $('period-to').value,
  };
  const period = parsePeriod(kind + ':' + values[kind]);
  return period.kind === kind ? period : defaultPeriod();
}

function switchLanguage() {
  setLang(lang() === 'zh' ? 'en' : 'zh');
  labelLanguageSwitch();
  applyStaticLabels();
  if (state.view && !$('board').hidden) {
    render(state.view);
  }
}

function labelLanguageSwitch() {
  const button = $('lang-switch');
  button.textContent = lang() === 'zh' ? 'English' : '中文';
  button.lang = lang() === 'zh' ? 'en' : 'zh-CN';
  button.setAttribute('aria-pressed', String(lang() === 'en'));
}

function fileName(kind, extension) {
  const v = state.view;
  return `dashboard-${kind}-${v.code}-${periodText(v.period).replace(/[:.]+/g, '-')}.${extension}`;
}

function wire() {
  $('sign-in-form').addEventListener('submit', (e) => {
    e.preventDefault();
    signIn($('token-input').value.trim());
  });
  $('sign-out').addEventListener('click', () => {
    forgetToken();
    state.token = null;
    state.view = null;
    showSignIn();
  });
  $('lang-switch').addEventListener('click', switchLanguage);
  $('period-kind').addEventListener('change', () => {
    document.querySelectorAll('.period-field').forEach((f) => {
      f.hidden = f.dataset.kind !== $('period-kind').value;
    });
  });
  $('controls').addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = hrefFor({ period: periodFromControls(), granularity: $('series-granularity').value });
  });
  $('download-csv').addEventListener('click', () => state.view && downloadCsv(state.view, fileName('figures', 'csv')));
  document.querySelectorAll('button.png').forEach((b) =>
    b.addEventListener('click', () => state.view && charts.downloadPng(b.dataset.chart, fileName(b.dataset.chart, 'png'))),
  );
  window.addEventListener('hashchange', () => state.token && load());
  window.addEventListener('resize', charts.resizeAll);
}

setLang(lang());
labelLanguageSwitch();
applyStaticLabels();
wire();
const token = storedToken();
if (token) {
  signIn(token);
} else {
  showSignIn();
}
