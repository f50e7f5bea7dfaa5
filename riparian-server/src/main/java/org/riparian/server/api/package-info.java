/**
 * Riparian's own API beside the standard, under {@code /api/v1}: tokens, CSV upload, revisions and "as of" reads,
 * best available values, aggregates, QC flags and exports of a datastream.
 */
package org.riparian.server.api;
