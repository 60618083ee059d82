// The pasted token, kept for this tab only (sessionStorage), and what its claims say. The claims are read to start at
// the token's region and to word refusals; whether the token is valid is for the service to say.
const KEY = 'dashboard.token';

export function storedToken() {
  return sessionStorage.getItem(KEY);
}

export function storeToken(token) {
  sessionStorage.setItem(KEY, token);
}

export function forgetToken() {
  sessionStorage.removeItem(KEY);
}

/** The token's claims, or null when it is not a JWT at all. */
export function claimsOf(token) {
  const parts = token.split('.');
  if (parts.length !== 3) {
    return null;
  }
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = decodeURIComponent(
      atob(base64)
        .split('')
        .map((c) => '%' + c.charCodeAt(0).toString(16).padStart(2, '0'))
        .join(''),
    );
    const claims = JSON.parse(json);
    return claims && typeof claims === 'object' ? claims : null;
  } catch (e) {
    return null;
  }
}

/** The role names in the token's groups claim. */
export function rolesOf(claims) {
  return Array.isArray(claims.groups) ? claims.groups : [];
}

/** The region a dashboard token is bound to (org.scfin.security.Role.DASHBOARD's claim), or null. */
export function regionOf(claims) {
  return typeof claims.region_code === 'string' ? claims.region_code : null;
}

export function hasExpired(claims) {
  return typeof claims.exp === 'number' && claims.exp * 1000 < Date.now();
}
