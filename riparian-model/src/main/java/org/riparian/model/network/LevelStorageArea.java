package org.riparian.model.network;

import java.util.Arrays;

/** A level–storage–area table, interpolated linearly; rows ascending in storage. Level m a.s.l., storage hm³, area km². */
public record LevelStorageArea(double[] levelsM, double[] storagesHm3, double[] areasKm2) {

    public LevelStorageArea {
        if (levelsM.length != storagesHm3.length || levelsM.length != areasKm2.length || levelsM.length < 2) {
            throw new IllegalArgumentException("a level–storage–area table needs at least two rows of level, storage and area");
        }
        for (int i = 0; i < levelsM.length; i++) {
            Ids.nonNegative("area row " + (i + 1), areasKm2[i]);
            Ids.nonNegative("storage row " + (i + 1), storagesHm3[i]);
            if (i > 0 && (storagesHm3[i] <= storagesHm3[i - 1] || levelsM[i] <= levelsM[i - 1])) {
                throw new IllegalArgumentException("level–storage–area row " + (i + 1) + " does not rise above row " + i
                        + " (levels and storages must increase)");
            }
        }
        levelsM = levelsM.clone();
        storagesHm3 = storagesHm3.clone();
        areasKm2 = areasKm2.clone();
    }

    /** A prism: area constant between two levels, used when only a volume and an area are known. */
    public static LevelStorageArea prism(double bottomLevelM, double topLevelM, double fullStorageHm3, double areaKm2) {
        return new LevelStorageArea(new double[] {bottomLevelM, topLevelM}, new double[] {0, fullStorageHm3},
                new double[] {areaKm2, areaKm2});
    }

    public double areaKm2(double storageHm3) {
        return interpolate(storagesHm3, areasKm2, storageHm3);
    }

    public double levelM(double storageHm3) {
        return interpolate(storagesHm3, levelsM, storageHm3);
    }

    public double storageHm3AtLevel(double levelM) {
        return interpolate(levelsM, storagesHm3, levelM);
    }

    public double maxStorageHm3() {
        return storagesHm3[storagesHm3.length - 1];
    }

    private static double interpolate(double[] xs, double[] ys, double x) {
        if (x <= xs[0]) {
            return ys[0];
        }
        int last = xs.length - 1;
        if (x >= xs[last]) {
            return ys[last];
        }
        int i = Arrays.binarySearch(xs, x);
        if (i >= 0) {
            return ys[i];
        }
        int upper = -i - 1;
        double t = (x - xs[upper - 1]) / (xs[upper] - xs[upper - 1]);
        return ys[upper - 1] + t * (ys[upper] - ys[upper - 1]);
    }

    @Override
    public double[] levelsM() {
        return levelsM.clone();
    }

    @Override
    public double[] storagesHm3() {
        return storagesHm3.clone();
    }

    @Override
    public double[] areasKm2() {
        return areasKm2.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LevelStorageArea t && Arrays.equals(levelsM, t.levelsM)
                && Arrays.equals(storagesHm3, t.storagesHm3) && Arrays.equals(areasKm2, t.areasKm2);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(storagesHm3);
    }

    @Override
    public String toString() {
        return "LevelStorageArea[" + levelsM.length + " rows]";
    }
}
