// Calls to the playground's own server. The token of the printed address goes along in a header (the
// server also set it as a SameSite=Strict cookie), so no other site can make the page's requests.
const token = new URLSearchParams(location.search).get('token') ?? '';

/** POSTs `body` as JSON to `/api/<path>`; resolves with the JSON answer or throws with the server's message. */
export async function post(path, body) {
  const response = await fetch(`/api/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-playground-token': token },
    body: JSON.stringify(body),
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(json.error ?? `HTTP ${response.status}`);
  return json;
}

/** GETs `/api/<path>` as JSON. */
export async function get(path) {
  const response = await fetch(`/api/${path}`, { headers: { 'x-playground-token': token } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}
