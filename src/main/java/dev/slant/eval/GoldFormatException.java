package dev.slant.eval;

/** A gold file that does not follow the format; the message names file and line. */
public final class GoldFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GoldFormatException(String message) {
        super(message);
    }
}
