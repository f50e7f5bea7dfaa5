package org.riparian.engine.simulation;

/** Told after each step of a run, so a long run can show a progress bar. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total) -> { };

    void stepDone(int done, int total);
}
