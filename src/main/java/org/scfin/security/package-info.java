/**
 * Who is calling: roles, the party a token binds its caller to (a core enterprise, supplier, bank or region), the local
 * signing keys used when no identity provider is configured, and minting tokens for local use.
 */
package org.scfin.security;
