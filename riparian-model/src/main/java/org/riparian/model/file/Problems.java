package org.riparian.model.file;

import java.util.ArrayList;
import java.util.List;

/** Problems collected while reading one basin file: reading goes on after a problem so that all are reported at once. */
final class Problems {

    private final String file;
    private final List<BasinProblem> found = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    void add(int line, String path, String message) {
        found.add(new BasinProblem(file, line, path, message));
    }

    /** A problem in another file, such as a CSV series the basin file names. */
    void add(BasinProblem problem) {
        found.add(problem);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    int count() {
        return found.size();
    }

    List<BasinProblem> list() {
        return List.copyOf(found);
    }
}
