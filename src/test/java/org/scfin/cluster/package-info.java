/**
 * The race tests against a running cluster ({@code scripts/cluster test}): two service instances, each writing through
 * its own Galera node, racing for one receivable, for one program's limit, with one {@code Idempotency-Key}, and
 * writing events and statistics while both run their background work, delivering webhooks with both workers; then every
 * node's database is checked. Tagged {@value org.scfin.cluster.Cluster#TAG}, so the ordinary build leaves them out.
 */
package org.scfin.cluster;
