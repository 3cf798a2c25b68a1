package org.rollcall.testing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A school small enough to check every letter by hand: five pupils in forms 7A, 7B and 8A, one
 * week (Monday 8 to Friday 12 September 2025, ten sessions each), in a calendar whose autumn term
 * runs 1 September to 19 December 2025 with half term 27 to 31 October (130 sessions after the
 * week). Nobody has marks before the term, so every target is the default 96%.
 *
 * <pre>
 * pupil        form  codes                    attended  missed         attendance  contacts (receive correspondence)
 * Amy Archer   7A    / \ / \ / \ / \ / \      10        none           100.00%     Ann Archer, email
 * Ben Baker    7A    / \ / I / \ / \ / \       9        half a day      90.00%     Bella Baker, email; Bob Baker, post
 * Cara Clark   7B    / \ I \ G \ / \ / \       8        1 day           80.00%     Carl Clark, post
 * Dan Dawson   7B    L \ / \ / \ / \ / \      10        none           100.00%     none
 * Eve Evans    8A    / \ M \ / \ M \ / \       8        1 day           80.00%     Emma Evans, email (Ed Evans: no letters)
 * </pre>
 * Emails: Ann, Bella, Emma (3). Print file, by form, surname, forename: Bob Baker (7A), Carl Clark
 * (7B), the parent or carer of Dan Dawson (7B): 3 pages.
 */
public final class LetterSchool {
    public static final String URN = "900900";
    public static final LocalDate MONDAY = LocalDate.of(2025, 9, 8);

    /** forename, surname, form, year, codes */
    static final List<String[]> PUPILS = List.of(
            new String[] {"Amy", "Archer", "7A", "7", "/ \\ / \\ / \\ / \\ / \\"},
            new String[] {"Ben", "Baker", "7A", "7", "/ \\ / I / \\ / \\ / \\"},
            new String[] {"Cara", "Clark", "7B", "7", "/ \\ I \\ G \\ / \\ / \\"},
            new String[] {"Dan", "Dawson", "7B", "7", "L \\ / \\ / \\ / \\ / \\"},
            new String[] {"Eve", "Evans", "8A", "8", "/ \\ M \\ / \\ M \\ / \\"});

    private LetterSchool() {}

    public static String upn(int n) {
        return SmallSchool.upn(900, n);
    }

    /** Pupil number (1 to 5) by forename. */
    public static Map<String, String> upnsByForename() {
        Map<String, String> upns = new LinkedHashMap<>();
        for (int i = 0; i < PUPILS.size(); i++) {
            upns.put(PUPILS.get(i)[0], upn(i + 1));
        }
        return upns;
    }

    public static List<String> fullNames() {
        return PUPILS.stream().map(p -> p[0] + " " + p[1]).toList();
    }

    public static String calendarJson() {
        return "{\"academicYears\": [{\"name\": \"2025/26\", \"start\": \"2025-09-01\", \"end\": \"2026-08-31\","
                + " \"terms\": [{\"name\": \"Autumn\", \"start\": \"2025-09-01\", \"end\": \"2025-12-19\","
                + " \"halfTerm\": {\"start\": \"2025-10-27\", \"end\": \"2025-10-31\"}}]}]}";
    }

    public static String pupilsCsv() {
        StringBuilder csv = new StringBuilder("upn,surname,forename,year_group,form\n");
        for (int i = 0; i < PUPILS.size(); i++) {
            String[] p = PUPILS.get(i);
            csv.append(upn(i + 1))
                    .append(',')
                    .append(p[1])
                    .append(',')
                    .append(p[0])
                    .append(',')
                    .append(p[3])
                    .append(',')
                    .append(p[2])
                    .append('\n');
        }
        return csv.toString();
    }

    public static String contactsCsv() {
        return "upn,contact_name,relationship,email,address,priority,receives_correspondence,channel\n"
                + upn(1) + ",Ann Archer,Mother,ann@parents.example,,1,Y,email\n"
                + upn(2) + ",Bella Baker,Mother,bella@parents.example,,1,Y,email\n"
                + upn(2) + ",Bob Baker,Father,,\"2 Bank Street, Ashford, TN2 2BB\",2,Y,post\n"
                + upn(3) + ",Carl Clark,Father,,\"3 Church Road, Ashford, TN3 3CC\",1,Y,post\n"
                + upn(5) + ",Emma Evans,Mother,emma@parents.example,,1,Y,email\n"
                + upn(5) + ",Ed Evans,Father,ed@parents.example,,2,N,email\n";
    }

    public static String marksCsv() {
        StringBuilder csv = new StringBuilder("upn,date,session,code\n");
        for (int i = 0; i < PUPILS.size(); i++) {
            String[] marks = PUPILS.get(i)[4].split(" ");
            for (int s = 0; s < marks.length; s++) {
                csv.append(upn(i + 1))
                        .append(',')
                        .append(MONDAY.plusDays(s / 2))
                        .append(',')
                        .append(s % 2 == 0 ? "AM" : "PM")
                        .append(',')
                        .append(marks[s])
                        .append('\n');
            }
        }
        return csv.toString();
    }

    public static String staffJson() {
        return "[{\"name\":\"Tara Tutor\",\"email\":\"tutor7a@staff.example\",\"forms\":[\"7A\"]},"
                + "{\"name\":\"Tom Tutor\",\"email\":\"tutor7b@staff.example\",\"username\":\"ttutor\",\"forms\":[\"7B\"]},"
                + "{\"name\":\"Hana Head\",\"email\":\"year7@staff.example\",\"yearGroups\":[7]},"
                + "{\"name\":\"Hugo Head\",\"email\":\"year8@staff.example\",\"forms\":[\"8A\"],\"yearGroups\":[8]}]";
    }
}
