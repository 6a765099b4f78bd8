// Calls to the server: the Step Functions API (AWS JSON 1.0, as the SDKs send it) for actions,
// the console's own JSON API for what the Step Functions API does not give, and the Lambda API.
// When the server requires signed requests, a refused call asks the user for a key pair
// (sign-in.js) and is sent again, signed with Signature V4 (signing.js), as are all calls after it.
import { currentKeys, signatureHeaders, uriEncode } from './signing.js';
import { askForKeys } from './sign-in.js';

export class ApiError extends Error {
  constructor(type, message) {
    super(message || type);
    this.type = type;
  }
}

// The errors of a missing or bad signature (the server's x-amzn-ErrorType header).
const SIGNATURE_ERRORS = /^(MissingAuthenticationToken|UnrecognizedClient|InvalidSignature|IncompleteSignature)/;

/**
 * Sends a request, signed when this tab has signing keys; answers the response. `service` is the
 * signing service (`states` or `lambda`), `parameters` the query's, `headers` lower case.
 */
export async function send(service, method, path, parameters = {}, headers = {}, body, signal) {
  const query = Object.entries(parameters)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([key, value]) => uriEncode(key) + '=' + uriEncode(String(value))).join('&');
  for (;;) {
    const keys = currentKeys();
    const signature = keys
      ? await signatureHeaders(keys, service, method, path, query, headers, body) : {};
    const response = await fetch(path + (query ? '?' + query : ''),
      { method, headers: { ...headers, ...signature }, body, signal });
    const refusal = response.headers.get('x-amzn-ErrorType') || '';
    if (!SIGNATURE_ERRORS.test(refusal)) return response;
    const answer = await response.json().catch(() => ({}));
    const reason = String(answer.message || answer.Message || '').split('\n')[0];
    await askForKeys(keys ? refusal.split(':')[0] + ': ' + reason : '');
  }
}

/** Calls a Step Functions operation, e.g. sfn('StartExecution', {...}). */
export async function sfn(operation, body) {
  const response = await send('states', 'POST', '/', {}, {
    'content-type': 'application/x-amz-json-1.0',
    'x-amz-target': 'AWSStepFunctions.' + operation,
  }, JSON.stringify(body));
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
  const response = await send('states', 'GET', '/console/api/' + route, parameters);
  const text = await response.text();
  if (!response.ok) {
    let message = text;
    try { message = JSON.parse(text).message; } catch { /* a plain-text error page */ }
    throw new ApiError('HTTP ' + response.status, message);
  }
  return JSON.parse(text);
}

/**
 * Follows an execution's new history events (the console API's server-sent events, read with
 * fetch so that the request can be signed, which EventSource cannot do); reconnects after the
 * last event read when the connection drops. Returns a function that stops following.
 */
export function followExecution(arn, afterId, onEvent, onEnd) {
  const stop = new AbortController();
  let last = afterId;
  const handle = (message) => {
    if (message.id) last = message.id;
    if (message.event === 'history') onEvent(JSON.parse(message.data));
    if (message.event !== 'end') return;
    stop.abort();
    onEnd(JSON.parse(message.data));
  };
  (async () => {
    while (!stop.signal.aborted) {
      try {
        const response = await send('states', 'GET', '/console/api/execution/events',
          { arn, after: last }, {}, undefined, stop.signal);
        if (!response.ok) stop.abort();
        else await readEvents(response, handle);
      } catch {
        // The connection dropped or was stopped; a stopped one is not resumed.
      }
      if (!stop.signal.aborted) await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  })();
  return () => stop.abort();
}

/** Reads a text/event-stream body, calling `handle({id, event, data})` for each message. */
async function readEvents(response, handle) {
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const message = {};
      for (const line of buffer.slice(0, end).split('\n')) {
        const colon = line.indexOf(':');
        if (colon > 0) message[line.slice(0, colon)] = line.slice(colon + 1).trimStart();
      }
      buffer = buffer.slice(end + 2);
      handle(message);
    }
  }
}
