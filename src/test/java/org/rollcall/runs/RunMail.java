package org.rollcall.runs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.rollcall.testing.ItEnvironment;

/** The test SMTP server's messages to a given set of recipients (other tests' mail is left alone). */
final class RunMail {
    private RunMail() {}

    static List<MimeMessage> waitFor(Set<String> recipients, int count) throws Exception {
        GreenMail mail = ItEnvironment.mail();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        List<MimeMessage> mine;
        do {
            Thread.sleep(250);
            mine = to(mail, recipients);
        } while (mine.size() < count && Instant.now().isBefore(deadline));
        Thread.sleep(500); // one more look, so an extra message would be seen too
        mine = to(mail, recipients);
        assertTrue(mine.size() >= count, "expected " + count + " emails to " + recipients + ", got " + mine.size());
        return mine;
    }

    static String recipient(MimeMessage message) throws Exception {
        return message.getRecipients(MimeMessage.RecipientType.TO)[0].toString();
    }

    static byte[] attachment(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContentType().startsWith("application/pdf")) {
                try (InputStream in = part.getInputStream()) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no PDF attached");
    }

    private static List<MimeMessage> to(GreenMail mail, Set<String> recipients) throws Exception {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        Address[] to = m.getRecipients(MimeMessage.RecipientType.TO);
                        return to != null && Arrays.stream(to).anyMatch(a -> recipients.contains(a.toString()));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
