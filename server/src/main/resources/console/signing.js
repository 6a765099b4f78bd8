// Signature V4 in the browser, with Web Crypto, for a server that requires signed requests
// (started with --credentials). The secret access key is used once, when the user gives it, to
// derive the day's signing keys (one for each service the console calls: states and lambda); only
// those keys are kept, in the tab's session storage, so the secret itself is never stored and a
// stolen key signs for one day, one region and one service only.

const STORAGE = 'stepwise-signing';
const SERVICES = ['states', 'lambda'];
const encoder = new TextEncoder();

/** The signing keys of this tab, or null when the user has not given a key pair (today). */
export function currentKeys() {
  const keys = JSON.parse(sessionStorage.getItem(STORAGE) || 'null');
  return keys && keys.date === amzDate(new Date()).slice(0, 8) ? keys : null;
}

export function forgetKeys() {
  sessionStorage.removeItem(STORAGE);
}

/** Derives today's signing keys from a key pair and keeps them for this tab. */
export async function rememberKeys(accessKeyId, secretAccessKey, region) {
  if (!crypto.subtle) {
    throw new Error('Signing needs Web Crypto, which browsers give only to pages served over '
      + 'HTTPS or from localhost: open the console through one of those.');
  }
  const date = amzDate(new Date()).slice(0, 8);
  const services = {};
  for (const service of SERVICES) {
    let key = encoder.encode('AWS4' + secretAccessKey);
    for (const part of [date, region, service, 'aws4_request']) key = await hmac(key, part);
    services[service] = hex(key);
  }
  sessionStorage.setItem(STORAGE, JSON.stringify({ accessKeyId, region, date, services }));
}

/**
 * The headers that sign a request for `service` with `keys`: X-Amz-Date and Authorization.
 * `path` is the request's path as sent and `query` its query string as sent (encoded by
 * uriEncode, without '?'), `headers` those to sign besides host, lower case.
 */
export async function signatureHeaders(keys, service, method, path, query, headers, body) {
  const date = amzDate(new Date());
  const signed = { ...headers, host: location.host, 'x-amz-date': date };
  const names = Object.keys(signed).sort();
  const canonical = [method, uriEncode(path, true), canonicalQuery(query),
    names.map((name) => name + ':' + String(signed[name]).trim() + '\n').join(''),
    names.join(';'), await sha256(body || '')].join('\n');
  const scope = [date.slice(0, 8), keys.region, service, 'aws4_request'].join('/');
  const toSign = ['AWS4-HMAC-SHA256', date, scope, await sha256(canonical)].join('\n');
  const signature = hex(await hmac(unhex(keys.services[service]), toSign));
  return {
    'X-Amz-Date': date,
    Authorization: 'AWS4-HMAC-SHA256 Credential=' + keys.accessKeyId + '/' + scope
      + ', SignedHeaders=' + names.join(';') + ', Signature=' + signature,
  };
}

/** RFC 3986 encoding, as Signature V4 wants it: unreserved characters stay, others are %XY. */
export function uriEncode(text, keepSlash = false) {
  let encoded = '';
  for (const byte of encoder.encode(text)) {
    const c = String.fromCharCode(byte);
    encoded += /[A-Za-z0-9\-._~]/.test(c) || (keepSlash && c === '/') ? c
      : '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return encoded;
}

function canonicalQuery(query) {
  if (!query) return '';
  return query.split('&').map((pair) => {
    const [name, value = ''] = pair.split('=');
    return uriEncode(decodeURIComponent(name)) + '=' + uriEncode(decodeURIComponent(value));
  }).sort().join('&');
}

function amzDate(now) {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
}

async function hmac(key, text) {
  const imported = await crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' },
    false, ['sign']);
  return new Uint8Array(await crypto.subtle.sign('HMAC', imported, encoder.encode(text)));
}

async function sha256(text) {
  return hex(new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text))));
}

function hex(bytes) {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function unhex(text) {
  return new Uint8Array(text.match(/../g).map((pair) => parseInt(pair, 16)));
}
