// The app's addresses, matched in order; the server answers each of them with this same page (FindPage.Routes, which
// must list the same), and any other address a browser opens with this page and 404, which shows 'notFound'.

const routes = [
  { name: 'search', pattern: /^\/$/ },
  { name: 'person', pattern: /^\/personer\/([^/]+)$/, keys: ['key'] },
  { name: 'me', pattern: /^\/mig$/ },
  { name: 'practices', pattern: /^\/praksis$/ },
  { name: 'proposal', pattern: /^\/praksis\/forslag$/ },
  { name: 'gap', pattern: /^\/praksis\/kompetencegab$/ },
  { name: 'lunch', pattern: /^\/praksis\/frokost$/ },
];

/** The route of a location: { name, params, search, path }; name 'notFound' when nothing matches. */
export function match(location) {
  const path = location.pathname.replace(/\/+$/, '') || '/';
  for (const route of routes) {
    const found = route.pattern.exec(path);
    const params = found && decodeParams(route.keys ?? [], found.slice(1));
    if (params) return { name: route.name, params, search: new URLSearchParams(location.search), path };
  }
  return { name: 'notFound', params: {}, search: new URLSearchParams(location.search), path };
}

/** The parts of an address by name; null when one is not valid percent-encoding (/personer/%E0), which matches nothing. */
function decodeParams(keys, values) {
  try {
    return Object.fromEntries(keys.map((key, i) => [key, decodeURIComponent(values[i])]));
  } catch {
    return null;
  }
}

/** The address of a person's page. */
export const personPath = (key) => '/personer/' + encodeURIComponent(key);
