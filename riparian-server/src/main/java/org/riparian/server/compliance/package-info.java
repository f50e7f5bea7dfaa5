/**
 * Compliance over the hydromet store: the store read as decade observations for
 * {@link org.riparian.analysis.compliance.Compliance}, the approved plan of a season, the report as JSON and CSV, and
 * the synthetic demo season that {@code riparian serve --demo} seeds.
 */
package org.riparian.server.compliance;
