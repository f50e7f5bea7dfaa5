/**
 * Compliance: agreements and the approved plan held against observations, decade by decade and cumulatively, with a
 * status per decade (met, within tolerance, breached, no data) and, where a delivery falls short, the shortfall traced
 * upstream on the network to natural inflows, reservoir releases and withdrawals. Observations come through
 * {@link org.riparian.analysis.compliance.ObservedDecades}, so this package knows nothing of how they are stored.
 */
package org.riparian.analysis.compliance;
