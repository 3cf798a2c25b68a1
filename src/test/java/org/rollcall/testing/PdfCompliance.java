package org.rollcall.testing;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * Checks a PDF with veraPDF against PDF/UA-1 and PDF/A-2a, the flavour forced (as the shared pdfcheck tool
 * does) so a file that does not claim conformance is still judged. Any failed rule fails the test with every
 * failed rule's id, count and first message.
 */
public final class PdfCompliance {
    public static final List<PDFAFlavour> FLAVOURS = List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A);

    static {
        Logger.getLogger("org.verapdf").setLevel(Level.SEVERE);
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfCompliance() {}

    /** Fails unless {@code pdf} passes PDF/UA-1 and PDF/A-2a with no failed rule; {@code what} names it in the message. */
    public static void assertCompliant(byte[] pdf, String what) {
        List<String> failures = new ArrayList<>();
        for (PDFAFlavour flavour : FLAVOURS) {
            failures.addAll(failedRules(pdf, flavour));
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(what + " is not PDF/UA-1 and PDF/A-2a compliant, " + failures.size()
                    + " failed rule(s):\n  " + String.join("\n  ", failures));
        }
    }

    /** Each failed rule as "flavour clause-test (count x): message"; empty when the file passes. */
    public static List<String> failedRules(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, 1, false, true, false)) {
            ValidationResult result = validator.validate(parser);
            Map<RuleId, String> messages = new LinkedHashMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    messages.putIfAbsent(assertion.getRuleId(), assertion.getErrorMessage());
                }
            }
            List<String> failures = new ArrayList<>();
            result.getFailedChecks()
                    .forEach((id, count) -> failures.add(flavour.getId() + " " + id.getClause() + "-"
                            + id.getTestNumber() + " (" + count + "x): " + messages.getOrDefault(id, "")));
            if (failures.isEmpty() && !result.isCompliant()) {
                failures.add(flavour.getId() + ": not compliant (" + result.getJobEndStatus() + ")");
            }
            return failures;
        } catch (Exception e) {
            return List.of(flavour.getId() + ": could not be validated: " + e);
        }
    }
}
