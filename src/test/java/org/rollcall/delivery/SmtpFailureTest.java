package org.rollcall.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class SmtpFailureTest {

    /** Stands for the mail provider's SMTPAddressFailedException, which carries the reply code. */
    static final class ReplyException extends MessagingException {
        private final int code;

        ReplyException(int code, String text) {
            super(text);
            this.code = code;
        }

        public int getReturnCode() {
            return code;
        }
    }

    @Test
    void a550ForTheRecipientIsPermanentWithTheServersWords() {
        SendFailedException sent = new SendFailedException(
                "Invalid Addresses", new ReplyException(550, "550 5.1.1 <nobody@school.example>: no such user"));
        SmtpFailure failure = SmtpFailure.of(sent);
        assertTrue(failure.permanent());
        assertEquals("550 5.1.1 <nobody@school.example>: no such user", failure.reason());
    }

    @Test
    void aTemporaryRefusalOrNoServerAtAllIsWorthAnotherTry() {
        SmtpFailure greylisted = SmtpFailure.of(new SendFailedException(
                "Invalid Addresses", new ReplyException(451, "451 4.7.1 greylisted, try again later")));
        assertFalse(greylisted.permanent());

        SmtpFailure down = SmtpFailure.of(new MessagingException(
                "Couldn't connect to host, port: 127.0.0.1, 2525", new ConnectException("Connection refused")));
        assertFalse(down.permanent());
        assertEquals("Couldn't connect to host, port: 127.0.0.1, 2525 (Connection refused)", down.reason());
    }

    @Test
    void anAddressThatIsNoAddressIsPermanent() {
        assertTrue(SmtpFailure.of(new AddressException("Missing final '@domain'", "parent.example"))
                .permanent());
    }

    @Test
    void theMessageIdIsTheSameForTheSameKeyAndNamesNoPupil() {
        String id = MailComposer.messageId("run-7/pupil-A123456789012/contact-3", "school.example");
        assertEquals(id, MailComposer.messageId("run-7/pupil-A123456789012/contact-3", "school.example"));
        assertNotEquals(id, MailComposer.messageId("run-7/pupil-A123456789012/contact-4", "school.example"));
        assertTrue(id.matches("<[0-9a-f]{40}\\.rollcall@school\\.example>"), id);
    }
}
