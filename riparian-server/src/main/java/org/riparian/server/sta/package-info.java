/**
 * The OGC SensorThings API (1.0 and 1.1) over the store: resource paths ({@link org.riparian.server.sta.StaPath}),
 * query options ({@link org.riparian.server.sta.QueryOptions}), links, {@code $select} and {@code $expand}
 * ({@link org.riparian.server.sta.StaRenderer}), and the {@code CreateObservations} data-array request.
 */
package org.riparian.server.sta;
