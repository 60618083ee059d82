// The service's statistics API, called with the pasted bearer token. A refusal is thrown as an ApiError carrying the
// status and the problem+json body.
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem && problem.detail ? problem.detail : `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

export async function getJson(token, path, params = {}) {
  const query = new URLSearchParams(params).toString();
  const response = await fetch(path + (query ? '?' + query : ''), {
    headers: { Authorization: 'Bearer ' + token, Accept: 'application/json' },
  });
  if (!response.ok) {
    let problem = null;
    try {
      problem = await response.json();
    } catch (e) {
      // a body that is not JSON leaves the status to speak
    }
    throw new ApiError(response.status, problem);
  }
  return response.json();
}

/** The calls one view of a region makes, all at once; each settles on its own so one refusal does not hide the rest. */
export function loadRegion(token, code, periodParams, seriesParams, missingNames) {
  const base = `/api/v1/stats/regions/${code}`;
  const calls = {
    region: getJson(token, `/api/v1/regions/${code}`),
    stats: getJson(token, base, periodParams),
    children: getJson(token, `${base}/children`, periodParams),
    series: getJson(token, `${base}/series`, seriesParams),
    chains: getJson(token, `${base}/chains`, periodParams),
    banks: getJson(token, `${base}/banks`, periodParams),
  };
  // names of the breadcrumb's regions not seen yet (only when the address names a region deep down)
  missingNames.forEach((ancestor) => {
    calls['name:' + ancestor] = getJson(token, `/api/v1/regions/${ancestor}`);
  });
  const keys = Object.keys(calls);
  return Promise.allSettled(keys.map((k) => calls[k])).then((results) => {
    const settled = {};
    keys.forEach((k, i) => {
      settled[k] = results[i];
    });
    return settled;
  });
}
