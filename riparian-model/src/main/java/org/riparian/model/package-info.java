/**
 * Riparian's domain model: the types every other module codes against, and {@link org.riparian.model.RiparianException},
 * the project's one unchecked exception root.
 */
package org.riparian.model;
