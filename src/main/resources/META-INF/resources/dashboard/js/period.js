// The period on screen, as the address keeps it (#period=year:2025, quarter:2025Q3, month:2025-07 or
// range:2025-01-01..2025-06-30) and as the API takes it.

/** The last whole calendar year: the published figures are of whole years. */
export function defaultPeriod() {
  return { kind: 'year', value: String(new Date().getFullYear() - 1) };
}

export function parsePeriod(text) {
  const m = /^(year|quarter|month|range):(.+)$/.exec(text || '');
  if (!m) {
    return defaultPeriod();
  }
  const [, kind, value] = m;
  const valid = {
    year: /^\d{4}$/,
    quarter: /^\d{4}Q[1-4]$/,
    month: /^\d{4}-(0[1-9]|1[0-2])$/,
    range: /^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$/,
  };
  return valid[kind].test(value) ? { kind, value } : defaultPeriod();
}

export function periodText(period) {
  return period.kind + ':' + period.value;
}

/** The query parameters of the statistics calls. */
export function periodParams(period) {
  if (period.kind === 'range') {
    const [from, to] = period.value.split('..');
    return { from, to };
  }
  return { [period.kind]: period.value };
}

function pad(n) {
  return String(n).padStart(2, '0');
}

/** First and last day of the period, for the series call (which widens them to whole months or quarters). */
export function bounds(period) {
  const v = period.value;
  switch (period.kind) {
    case 'year':
      return { from: `${v}-01-01`, to: `${v}-12-31` };
    case 'quarter': {
      const year = v.slice(0, 4);
      const first = (Number(v.slice(5)) - 1) * 3 + 1;
      return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(first + 2)}-01` };
    }
    case 'month':
      return { from: `${v}-01`, to: `${v}-01` };
    default: {
      const [from, to] = v.split('..');
      return { from, to };
    }
  }
}
