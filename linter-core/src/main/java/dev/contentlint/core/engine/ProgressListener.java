package dev.contentlint.core.engine;

/** Told how far a run has got; called from worker threads. */
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> { };

    void filesDone(int done, int total);
}
