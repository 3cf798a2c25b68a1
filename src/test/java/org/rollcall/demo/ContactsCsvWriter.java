package org.rollcall.demo;

import java.io.IOException;
import java.io.Writer;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one or two parents or carers per pupil. Emails are under example.org and example.com
 * only (reserved for documentation), postcodes use the made-up "DM" area, and about one contact in
 * seven prefers letters by post.
 */
final class ContactsCsvWriter {

    static final String[] HEADER = {
        "upn", "contact_name", "relationship", "email", "address", "priority", "receives_correspondence", "channel"
    };
    private static final String[] STREETS = {
        "Acacia Avenue",
        "Church Lane",
        "Station Road",
        "Mill Street",
        "Victoria Road",
        "Park View",
        "Orchard Close",
        "The Crescent",
        "Queens Road",
        "Meadow Way",
        "High Street",
        "Elm Grove",
        "Windsor Drive",
        "Chapel Row",
        "Brook Lane"
    };
    private static final String[] TOWNS = {"Oakfield", "Lower Oakfield", "Ashby Green", "Westbrook"};

    private final CSVPrinter printer;
    private final SplittableRandom random;

    ContactsCsvWriter(Writer out, SplittableRandom random) throws IOException {
        this.printer = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setRecordSeparator('\n')
                        .setHeader(HEADER)
                        .get());
        this.random = random;
    }

    void write(DemoPupil p) throws IOException {
        String home = address();
        double u = random.nextDouble();
        boolean mumFirst = u < 0.7;
        String relationship =
                p.lookedAfter() ? "Foster carer" : u < 0.95 ? (mumFirst ? "Mother" : "Father") : "Grandparent";
        boolean firstIsWoman = p.lookedAfter() || relationship.equals("Mother") || random.nextBoolean();
        contact(p, EnglishNames.adultForename(random, !firstIsWoman), surname(p), relationship, home, 1, true);
        if (!p.lookedAfter() && random.nextDouble() < 0.6) {
            boolean separated = random.nextDouble() < 0.3;
            String second = relationship.equals("Father") ? "Mother" : "Father";
            contact(
                    p,
                    EnglishNames.adultForename(random, second.equals("Father")),
                    separated ? surname(p) : p.surname(),
                    second,
                    separated ? address() : home,
                    2,
                    separated || random.nextDouble() < 0.5);
        }
    }

    void flush() throws IOException {
        printer.flush();
    }

    private void contact(
            DemoPupil p,
            String forename,
            String surname,
            String relationship,
            String address,
            int priority,
            boolean correspondence)
            throws IOException {
        boolean post = random.nextDouble() < 0.14;
        String email = post && random.nextBoolean()
                ? ""
                : (forename + "." + surname).toLowerCase().replaceAll("[^a-z.]", "")
                        + random.nextInt(100)
                        + (random.nextBoolean() ? "@example.org" : "@example.com");
        printer.printRecord(
                p.upn(),
                forename + " " + surname,
                relationship,
                email,
                address,
                priority,
                correspondence ? "Y" : "N",
                post || email.isEmpty() ? "post" : "email");
    }

    private String surname(DemoPupil p) {
        return random.nextDouble() < 0.8 ? p.surname() : EnglishNames.anySurname(random);
    }

    private String address() {
        return (1 + random.nextInt(120)) + " " + STREETS[random.nextInt(STREETS.length)] + ", "
                + TOWNS[random.nextInt(TOWNS.length)] + ", DM" + (1 + random.nextInt(9)) + " "
                + random.nextInt(10) + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
    }
}
