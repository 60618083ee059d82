// How figures are written. The exact value of every figure is shown with a fixed number of decimals and grouping, so
// that it reads the same as the API's answer; a rounded 亿/万 (or million/billion) form stands beside amounts.
import { lang } from './i18n.js';

const DASH = '—';

function group(digits) {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A number with the given decimals and thousands grouping, e.g. 1160000000 -> "1,160,000,000.00". */
export function fixed(value, decimals) {
  if (value === null || value === undefined) {
    return DASH;
  }
  const text = Math.abs(Number(value)).toFixed(decimals);
  const [whole, fraction] = text.split('.');
  const sign = Number(value) < 0 && Number(text) !== 0 ? '-' : '';
  return sign + group(whole) + (fraction ? '.' + fraction : '');
}

export function count(value) {
  return fixed(value, 0);
}

export function amount(value) {
  return fixed(value, 2);
}

/** A change or spread always carries its sign: +34.57, -2.50, 0.00. */
export function signed(value) {
  if (value === null || value === undefined) {
    return DASH;
  }
  const text = fixed(value, 2);
  return Number(value) > 0 ? '+' + text : text;
}

export function percent(value) {
  return fixed(value, 2);
}

/** Rates keep up to the API's four decimals, and at least two: 3.7000 -> "3.70", 4.2134 -> "4.2134". */
export function rate(value) {
  if (value === null || value === undefined) {
    return DASH;
  }
  let text = Number(value).toFixed(4);
  while (text.endsWith('0') && text.length - text.indexOf('.') > 3) {
    text = text.slice(0, -1);
  }
  return text;
}

/** The rounded form of an amount: 11.60亿 / 3,500.00万 in Chinese, 1.16 billion / 3.50 million in English. */
export function roundedAmount(value) {
  if (value === null || value === undefined) {
    return DASH;
  }
  const v = Number(value);
  if (lang() === 'zh') {
    if (Math.abs(v) >= 1e8) {
      return fixed(v / 1e8, 2) + ' 亿元';
    }
    if (Math.abs(v) >= 1e4) {
      return fixed(v / 1e4, 2) + ' 万元';
    }
    return fixed(v, 2) + ' 元';
  }
  if (Math.abs(v) >= 1e9) {
    return fixed(v / 1e9, 2) + ' billion yuan';
  }
  if (Math.abs(v) >= 1e6) {
    return fixed(v / 1e6, 2) + ' million yuan';
  }
  return fixed(v, 2) + ' yuan';
}

/** A short amount for chart axes: 1.2亿, 120万 / 1.2bn, 120m. */
export function axisAmount(value) {
  const v = Number(value);
  const short = (x) => String(Number(x.toFixed(1)));
  if (lang() === 'zh') {
    if (Math.abs(v) >= 1e8) return short(v / 1e8) + '亿';
    if (Math.abs(v) >= 1e4) return short(v / 1e4) + '万';
    return short(v);
  }
  if (Math.abs(v) >= 1e9) return short(v / 1e9) + 'bn';
  if (Math.abs(v) >= 1e6) return short(v / 1e6) + 'm';
  if (Math.abs(v) >= 1e3) return short(v / 1e3) + 'k';
  return short(v);
}
