/**
 * Seeds an empty store from a basin model: the shared vocabulary of observed properties, one station (Thing) per
 * gauge, headwater or lateral inflow (gauged as discharge), reservoir and canal head with its datastreams at the raw,
 * validated and agreed levels, and a meter station per energy delivery.
 */
package org.riparian.store.seed;
