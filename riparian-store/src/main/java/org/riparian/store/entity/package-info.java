/**
 * The SensorThings data model as stored: eight entity types ({@link org.riparian.store.entity.EntityType}), their
 * fields and navigation links, and {@link org.riparian.store.entity.Entities}, which reads, creates (with deep
 * insert), updates and deletes them under the write {@link org.riparian.store.access.Rights}. Entities travel as
 * Jackson trees in the standard's JSON shape, without the links the protocol layer adds.
 */
package org.riparian.store.entity;
