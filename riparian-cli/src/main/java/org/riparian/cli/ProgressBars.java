package org.riparian.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.riparian.engine.simulation.Progress;

/** A progress bar on standard error that appears only once a run has taken more than a second. */
public final class ProgressBars {

    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;

    private ProgressBars() {
    }

    public static Bar start(String task) {
        return new Bar(task);
    }

    /** Progress of one run; closing it finishes the bar's line. */
    public static final class Bar implements Progress, AutoCloseable {

        private final String task;
        private final long started = System.nanoTime();
        private ProgressBar bar;

        private Bar(String task) {
            this.task = task;
        }

        @Override
        public void stepDone(int done, int total) {
            if (bar == null && System.nanoTime() - started > SHOW_AFTER_NANOS) {
                bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                        .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
            }
            if (bar != null) {
                bar.stepTo(done);
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
