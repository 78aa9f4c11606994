package dev.tradeoff.diff;

/**
 * The comparison cannot be made as asked: an unknown git ref, a ref without the strategy folder,
 * a missing base folder, an unknown gate. The message says what is wrong in the user's terms.
 */
public final class DiffException extends Exception {

    private static final long serialVersionUID = 1L;

    public DiffException(String message) {
        super(message);
    }

    public DiffException(String message, Throwable cause) {
        super(message, cause);
    }
}
