package org.rollcall.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a message was not sent, and whether trying again can help. A 5xx answer from the SMTP
 * server (550 no such mailbox, 554 refused) is permanent; no answer at all (server down,
 * connection refused, a timeout) or a 4xx (greylisting, a full queue) is worth another try. An
 * address that is not an address is permanent too.
 *
 * @param reason what the SMTP server said, or what went wrong on the way to it
 */
public record SmtpFailure(boolean permanent, String reason) {
    private static final int MAX_DEPTH = 10;

    public static SmtpFailure of(Throwable error) {
        List<Throwable> chain = chain(error);
        for (Throwable t : chain) {
            int code = returnCode(t);
            if (code >= 500 && code < 600) {
                return new SmtpFailure(true, message(t));
            }
            if (t instanceof AddressException) {
                return new SmtpFailure(true, "Not a valid email address: " + message(t));
            }
        }
        StringBuilder reason = new StringBuilder(message(error));
        Throwable root = chain.get(chain.size() - 1);
        if (root != error) {
            reason.append(" (").append(message(root)).append(')');
        }
        return new SmtpFailure(false, reason.toString());
    }

    /** The exception, its next exceptions (Jakarta Mail's own chain) and causes, in order. */
    private static List<Throwable> chain(Throwable error) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = error; t != null && chain.size() < MAX_DEPTH && !chain.contains(t); t = next(t)) {
            chain.add(t);
        }
        return chain;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null) {
            return m.getNextException();
        }
        return t.getCause();
    }

    /**
     * The SMTP reply code the mail provider's exception carries ({@code SMTPAddressFailedException},
     * {@code SMTPSendFailedException}, ...), read by name: the provider's classes are not visible
     * to the application, only Jakarta Mail's API is.
     */
    static int returnCode(Throwable t) {
        try {
            Object code = t.getClass().getMethod("getReturnCode").invoke(t);
            return code instanceof Integer i ? i : -1;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return -1;
        }
    }

    private static String message(Throwable t) {
        String text = t.getMessage();
        return text == null || text.isBlank() ? t.getClass().getSimpleName() : text.trim();
    }
}
