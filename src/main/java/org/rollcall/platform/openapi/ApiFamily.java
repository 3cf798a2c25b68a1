package org.rollcall.platform.openapi;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The families the README groups the API into, each with the path prefixes (below {@code /api}) of its
 * endpoints. An endpoint belongs to the family with the longest prefix that matches whole segments, so
 * {@code /schools/{urn}/pupils/{upn}/attendance} is attendance although {@code /schools/{urn}/pupils} is pupils,
 * and {@code /audits} is not the {@code /audit} trail. A new family is a new constant; an endpoint that no
 * prefix matches goes untagged, which {@code OpenApiIT} refuses.
 */
enum ApiFamily {
    SCHOOLS("Schools", "Schools, their governors, staff and calendar", "/schools"),
    PUPILS("Pupils", "The roll, one pupil, their register", "/schools/{urn}/pupils"),
    IMPORTS(
            "Imports",
            "MIS files in (pupils, contacts, marks CSV; CTF), the import history, the inbox folder",
            "/inbox",
            "/schools/{urn}/imports",
            "/schools/{urn}/{kind}"),
    ATTENDANCE(
            "Attendance",
            "Figures by the DfE methodology: summaries, groups, comparisons, trend, PA, targets and bands",
            "/national-benchmarks",
            "/schools/{urn}/attendance",
            "/schools/{urn}/pupils/{upn}/attendance"),
    RUNS(
            "Runs",
            "Termly runs (governor packs, parent printouts, staff data, SEF sections), their term schedule and the"
                    + " outbox of their emails",
            "/runs",
            "/schools/{urn}/runs",
            "/schools/{urn}/schedule",
            "/schedule",
            "/outbox",
            "/benchmark"),
    DOCUMENTS(
            "Documents",
            "The archive of documents (retention, erasure, verification), and the SEF section made at once",
            "/documents",
            "/archive",
            "/schools/{urn}/sef"),
    SELF_EVALUATION(
            "Self-evaluation",
            "Frameworks, guidance, audit rounds, scores, synthesis and action plans",
            "/frameworks",
            "/guidance",
            "/audits",
            "/schools/{urn}/audits",
            "/schools/{urn}/self-evaluation"),
    CASEWORK(
            "Casework",
            "Interventions, the worklist, impact and letters",
            "/schools/{urn}/casework",
            "/schools/{urn}/interventions",
            "/schools/{urn}/letters",
            "/schools/{urn}/pupils/{upn}/interventions",
            "/schools/{urn}/pupils/{upn}/letters"),
    AUDIT_TRAIL(
            "Audit trail", "Who did what, and subject access requests", "/audit", "/schools/{urn}/pupils/{upn}/export"),
    USERS(
            "Users",
            "Users, their roles and the schools, forms and year groups they apply in; the web page's login session",
            "/users",
            "/session"),
    HEALTH("Health", "Whether the database is migrated; needs no login", "/health");

    final String tag;
    final String description;
    private final List<String> prefixes;

    ApiFamily(String tag, String description, String... prefixes) {
        this.tag = tag;
        this.description = description;
        this.prefixes = List.of(prefixes);
    }

    /** The family of a path below {@code /api}, e.g. {@code /schools/{urn}/marks}. */
    static Optional<ApiFamily> of(String apiPath) {
        return Arrays.stream(values())
                .filter(family -> family.longestMatch(apiPath) > 0)
                .max((a, b) -> Integer.compare(a.longestMatch(apiPath), b.longestMatch(apiPath)));
    }

    private int longestMatch(String apiPath) {
        return prefixes.stream()
                .filter(prefix -> apiPath.equals(prefix) || apiPath.startsWith(prefix + "/"))
                .mapToInt(String::length)
                .max()
                .orElse(0);
    }
}
