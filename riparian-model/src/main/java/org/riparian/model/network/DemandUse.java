package org.riparian.model.network;

/** What a demand site's water is for. */
public enum DemandUse {
    IRRIGATION, MUNICIPAL, INDUSTRIAL;

    public static DemandUse parse(String text) {
        for (DemandUse use : values()) {
            if (use.name().equalsIgnoreCase(text.trim())) {
                return use;
            }
        }
        throw new IllegalArgumentException("unknown use '" + text + "', expected irrigation, municipal or industrial");
    }
}
