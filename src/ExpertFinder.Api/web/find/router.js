// The app's addresses, matched in order; the server answers each of them with this same page (FindPage.Routes).

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
    if (found) {
      const params = Object.fromEntries((route.keys ?? []).map((key, i) => [key, decodeURIComponent(found[i + 1])]));
      return { name: route.name, params, search: new URLSearchParams(location.search), path };
    }
  }
  return { name: 'notFound', params: {}, search: new URLSearchParams(location.search), path };
}

/** The address of a person's page. */
export const personPath = (key) => '/personer/' + encodeURIComponent(key);
