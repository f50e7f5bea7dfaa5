/**
 * Runs of the engine started over HTTP: the season plan, the water–energy exchange, the coalition game and small
 * ensembles. A run is checked when it is asked for (a bad season or an unknown scenario is a 400 at once), then queued
 * on a bounded executor so no HTTP thread ever waits for a solver; its progress and result are read back by id.
 */
package org.riparian.server.run;
