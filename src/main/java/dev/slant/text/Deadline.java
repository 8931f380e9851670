package dev.slant.text;

/**
 * Cooperative time limits: long stages call {@link #check} between steps (sentences,
 * stages of analysis), and give up when the thread has been interrupted, which is how a
 * per-draft time budget stops a draft that takes too long.
 */
public final class Deadline {

    private Deadline() {
    }

    /** The draft took longer than its time budget. */
    public static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Exceeded() {
            super("time budget exceeded", null, false, false);
        }
    }

    /** Gives up if this thread was asked to stop. */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new Exceeded();
        }
    }
}
