// The service's HTTP API (docs/api.md) over fetch with the session cookie; problems become ApiError.

/** An application/problem+json answer (or a network failure) with its status, detail, errors[] and Retry-After (s). */
export class ApiError extends Error {
  constructor(status, problem, retryAfter) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
    this.retryAfter = retryAfter;
  }
}

let onUnauthorized = () => {};
/** What to do when the session has ended (401): the app shows the login page. */
export function whenUnauthorized(handler) {
  onUnauthorized = handler;
}

/** Sends a request; JSON bodies are encoded; returns parsed JSON, a Blob (binary) or null. */
export async function request(method, path, body, options = {}) {
  const init = {method, credentials: 'same-origin', headers: {Accept: 'application/json, application/problem+json, */*'}};
  if (body instanceof FormData) init.body = body;
  else if (body instanceof Blob) {
    init.body = body;
    init.headers['Content-Type'] = body.type || 'text/csv';
  }
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(path, init);
  const type = response.headers.get('Content-Type') || '';
  if (response.status === 401 && !options.quiet401) onUnauthorized();
  if (!response.ok && !(options.accept || []).includes(response.status)) {
    const problem = type.includes('json') ? await response.json().catch(() => ({})) : {};
    throw new ApiError(response.status, problem, Number(response.headers.get('Retry-After')) || undefined);
  }
  if (options.withStatus) return {status: response.status, body: await parse(response, type)};
  return parse(response, type);
}

async function parse(response, type) {
  if (response.status === 204) return null;
  if (type.includes('json')) return response.json();
  if (type.startsWith('text/')) return response.text();
  return response.blob();
}

export const get = (path, options) => request('GET', path, undefined, options);
export const post = (path, body, options) => request('POST', path, body, options);
export const put = (path, body, options) => request('PUT', path, body, options);
export const del = (path, options) => request('DELETE', path, undefined, options);
