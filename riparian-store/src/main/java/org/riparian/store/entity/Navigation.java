package org.riparian.store.entity;

/**
 * A navigation property: from an entity to its related entities of {@code target}, and how the tables join.
 * {@link Join.Owned}: the source row holds the target's id (to one). {@link Join.Owning}: target rows hold the
 * source's id (to many). {@link Join.Linked}: a link table pairs them (to many).
 */
public record Navigation(String name, EntityType target, Join join) {

    public boolean toMany() {
        return !(join instanceof Join.Owned);
    }

    /** How two entity tables join. */
    public sealed interface Join {

        /** The source's {@code column} is the target's id. */
        record Owned(String column) implements Join {
        }

        /** The target's {@code column} is the source's id. */
        record Owning(String column) implements Join {
        }

        /** {@code table} pairs {@code sourceColumn} with {@code targetColumn}. */
        record Linked(String table, String sourceColumn, String targetColumn) implements Join {
        }
    }
}
