/**
 * The web dashboard: its static pages and scripts (and ECharts from its WebJar) served from the classpath, so it
 * works offline with nothing but {@code riparian serve}; the basin's schematic for its first page.
 */
package org.riparian.server.dashboard;
