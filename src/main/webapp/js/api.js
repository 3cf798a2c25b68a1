// The API as the page calls it: same-origin fetch with the session cookie, the X-Rollcall-Page header on
// every request (LoginGate refuses a change made with the session without it: CSRF), JSON in and out, and
// every failure thrown as a ProblemError carrying the application/problem+json body the server sent.

export const API = new URL('api/', document.baseURI);

export class ProblemError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `The server answered ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** The URL of an API path (for links: downloads are plain links, the session cookie goes with them). */
export function apiUrl(path) {
  return new URL(path, API).toString();
}

/**
 * Calls the API. `json` is sent as JSON; `body` as it is (a File for uploads, with `contentType`);
 * `headers` adds request headers (an upload's Content-Disposition names the file).
 * Answers the parsed JSON, or null for 204, or the Response itself when `raw` is set.
 * A 401 sends the browser to the login page, then back here (unless `stayOnPage`).
 */
export async function api(path, { method = 'GET', json, body, contentType, raw = false, stayOnPage = false, headers: extra = {} } = {}) {
  const headers = { ...extra, 'X-Rollcall-Page': '1', Accept: 'application/json, application/problem+json, */*' };
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (contentType) {
    headers['Content-Type'] = contentType;
  }
  const response = await fetch(apiUrl(path), { method, headers, body, credentials: 'same-origin' });
  if (response.status === 401 && !stayOnPage) {
    goToLogin();
    throw new ProblemError(401, { title: 'Unauthorized', detail: 'Please log in' });
  }
  if (!response.ok) {
    throw new ProblemError(response.status, await problemOf(response));
  }
  if (raw) return response;
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

export const getJson = (path, options) => api(path, options);
export const postJson = (path, json, options = {}) => api(path, { ...options, method: 'POST', json });
export const putJson = (path, json, options = {}) => api(path, { ...options, method: 'PUT', json });
export const del = (path, options = {}) => api(path, { ...options, method: 'DELETE' });

/** Query string from an object, leaving out empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (Array.isArray(value)) value.forEach((v) => q.append(key, v));
    else if (value !== undefined && value !== null && value !== '') q.append(key, value);
  }
  const text = q.toString();
  return text ? `?${text}` : '';
}

export function goToLogin() {
  const here = location.pathname.split('/').pop() + location.search;
  location.assign(`login.html${query({ next: here === 'login.html' ? '' : here })}`);
}

async function problemOf(response) {
  const text = await response.text();
  try {
    const body = JSON.parse(text);
    if (body && typeof body === 'object') return { status: response.status, ...body };
  } catch (notJson) {
    // a body that is not a problem: show the status line instead
  }
  return { status: response.status, title: response.statusText || `Error ${response.status}`, detail: text.slice(0, 300) };
}
