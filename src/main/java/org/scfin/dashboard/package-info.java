/**
 * The regional dashboard page, served by the service itself: static files under {@code META-INF/resources/dashboard}
 * and ECharts from the {@code org.mvnpm:echarts} jar under {@code /_static/echarts/}. The page reads the statistics API
 * with the dashboard token its user pastes; the server adds no endpoint of its own for it.
 */
package org.scfin.dashboard;
