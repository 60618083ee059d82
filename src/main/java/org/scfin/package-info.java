/**
 * The supply-chain receivables financing service, one package per feature:
 *
 * <ul>
 *   <li>{@code region}: the GB/T 2260 regions (province, prefecture, county), read-only;
 *   <li>{@code enterprise}: banks, core enterprises, suppliers, industrial chains and the links between them;
 *   <li>{@code receivable}: receivables posted by ERPs or submitted by suppliers, their confirmation and history;
 *   <li>{@code financing}: banks' programs and the financing lifecycle, interest and credit relief;
 *   <li>{@code rate}: reference rates (LPR, regional small-business averages), spreads and rate records;
 *   <li>{@code statistics}: the facts and ledger written with each financing change and the regional figures;
 *   <li>{@code event}: the event outbox and each party's feed;
 *   <li>{@code idempotency}: {@code Idempotency-Key} claims and replays;
 *   <li>{@code demo}: the demo data set of {@code scripts/run --demo}.
 * </ul>
 *
 * Shared by them: {@code common} (problem+json errors, input rules, paging, ids), {@code http} (what happens to a
 * request before the REST layer) and {@code security} (roles and the caller taken from the token). {@link ScfMain} is
 * the entry point; the embedded MariaDB launcher lives in {@code org.scfin.embedded}, in a source root of its own.
 */
package org.scfin;
