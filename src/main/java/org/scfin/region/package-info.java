/**
 * China's administrative divisions (GB/T 2260: province, prefecture, county), shipped as migration data, and the
 * hierarchy that statistics roll up.
 */
package org.scfin.region;
