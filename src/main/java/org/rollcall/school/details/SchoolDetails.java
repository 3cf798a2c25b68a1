package org.rollcall.school.details;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The school's address and contacts as printed on letters; one row per school, keyed by the school's id. */
@Entity
@Table(name = "school_details")
public class SchoolDetails {
    @Id
    @Column(name = "school_id")
    private Long schoolId;

    @Column(length = 1000)
    private String address;

    @Column(length = 40)
    private String phone;

    @Column(length = 320)
    private String email;

    @Column(length = 300)
    private String website;

    @Column(length = 200)
    private String headteacher;

    @Column(name = "champion_name", length = 200)
    private String championName;

    @Column(name = "champion_email", length = 320)
    private String championEmail;

    @Column(name = "champion_phone", length = 40)
    private String championPhone;

    protected SchoolDetails() {}

    SchoolDetails(long schoolId) {
        this.schoolId = schoolId;
    }

    /** Details of a school that has given none. */
    public static SchoolDetails none(long schoolId) {
        return new SchoolDetails(schoolId);
    }

    void apply(DetailsChange change) {
        change.address()
                .ifPresent(lines -> address = lines.stream()
                        .map(String::trim)
                        .filter(l -> !l.isEmpty())
                        .reduce((a, b) -> a + "\n" + b)
                        .orElse(null));
        phone = change.phone().map(SchoolDetails::text).orElse(phone);
        email = change.email().map(SchoolDetails::text).orElse(email);
        website = change.website().map(SchoolDetails::text).orElse(website);
        headteacher = change.headteacher().map(SchoolDetails::text).orElse(headteacher);
        change.champion().ifPresent(c -> {
            championName = c.name().map(SchoolDetails::text).orElse(championName);
            championEmail = c.email().map(SchoolDetails::text).orElse(championEmail);
            championPhone = c.phone().map(SchoolDetails::text).orElse(championPhone);
        });
    }

    // blank clears a part; the column holds NULL, never an empty string
    private static String text(String value) {
        return value.isBlank() ? null : value.trim();
    }

    public List<String> addressLines() {
        return address == null ? List.of() : Arrays.asList(address.split("\n"));
    }

    public Optional<String> phone() {
        return Optional.ofNullable(phone);
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    public Optional<String> website() {
        return Optional.ofNullable(website);
    }

    public Optional<String> headteacher() {
        return Optional.ofNullable(headteacher);
    }

    public Champion champion() {
        return new Champion(
                Optional.ofNullable(championName),
                Optional.ofNullable(championEmail),
                Optional.ofNullable(championPhone));
    }
}
