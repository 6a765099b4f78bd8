// Calls to the server: the Step Functions API (AWS JSON 1.0, as the SDKs send it) for actions,
// and the console's own JSON API for what the Step Functions API does not give.

export class ApiError extends Error {
  constructor(type, message) {
    super(message || type);
    this.type = type;
  }
}

/** Calls a Step Functions operation, e.g. sfn('StartExecution', {...}). */
export async function sfn(operation, body) {
  const response = await fetch('/', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-amz-json-1.0',
      'X-Amz-Target': 'AWSStepFunctions.' + operation,
    },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : {};
  if (!response.ok) {
    const type = String(json.__type || response.status).split('#').pop();
    throw new ApiError(type, json.message || json.Message);
  }
  return json;
}

/** Reads the console API, e.g. consoleApi('executions', {status: 'FAILED'}). */
export async function consoleApi(route, parameters = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(parameters)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, value);
  }
  const response = await fetch('/console/api/' + route + '?' + query);
  const text = await response.text();
  if (!response.ok) {
    let message = text;
    try { message = JSON.parse(text).message; } catch { /* a plain-text error page */ }
    throw new ApiError('HTTP ' + response.status, message);
  }
  return JSON.parse(text);
}

/** Follows an execution's new history events; returns a function that stops following. */
export function followExecution(arn, afterId, onEvent, onEnd) {
  const source = new EventSource(
    '/console/api/execution/events?' + new URLSearchParams({ arn, after: afterId }));
  source.addEventListener('history', (e) => onEvent(JSON.parse(e.data)));
  source.addEventListener('end', (e) => {
    source.close();
    onEnd(JSON.parse(e.data));
  });
  return () => source.close();
}
