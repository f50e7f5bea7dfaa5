package org.riparian.model.aral;

import org.riparian.model.basin.Basin;
import org.riparian.model.file.BasinFileReader;

/** The shipped default basin: the Aral Sea basin (Syr Darya and Amu Darya), read from {@code aral-basin.yaml}. */
public final class AralBasin {

    /** Classpath location of the shipped basin file, beside this class. */
    public static final String RESOURCE = "aral-basin.yaml";

    private AralBasin() {
    }

    public static Basin load() {
        return BasinFileReader.readResource(AralBasin.class, RESOURCE);
    }
}
