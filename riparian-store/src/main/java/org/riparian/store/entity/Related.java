package org.riparian.store.entity;

/** A read through a navigation: the entities reached from {@code sourceType(sourceId)} by {@code navigation}. */
public record Related(EntityType sourceType, long sourceId, Navigation navigation) {

    /** The SQL condition on the target alias {@code t} and the parameter {@code :source} that selects the related rows. */
    String condition() {
        Navigation.Join join = navigation.join();
        if (join instanceof Navigation.Join.Owned owned) {
            return "t.id = (select s." + owned.column() + " from " + sourceType.table() + " s where s.id = :source)";
        }
        if (join instanceof Navigation.Join.Owning owning) {
            return "t." + owning.column() + " = :source";
        }
        Navigation.Join.Linked linked = (Navigation.Join.Linked) join;
        return "t.id in (select l." + linked.targetColumn() + " from " + linked.table() + " l where l." + linked.sourceColumn() + " = :source)";
    }
}
