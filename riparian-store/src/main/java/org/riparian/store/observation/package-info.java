/**
 * Observations and their revisions. The identity of an observation is (datastream, phenomenon time): delivering the
 * same value again changes nothing; a different value becomes a new revision, with who sent it and when, and the
 * superseded one stays readable ("as of" reads). The best available value of a series is the agreed one, else the
 * validated, else the raw.
 */
package org.riparian.store.observation;
