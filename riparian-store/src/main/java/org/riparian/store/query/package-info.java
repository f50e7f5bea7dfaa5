/**
 * The query options of the standard ({@code $filter}, {@code $orderby}, {@code $top}, {@code $skip},
 * {@code $count}) parsed into a {@link org.riparian.store.query.Query} and rendered to SQL with every literal bound
 * as a parameter and every name checked against the entity type: no text of a request ever becomes SQL.
 */
package org.riparian.store.query;
