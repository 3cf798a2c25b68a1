package org.rollcall.school.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rollcall.school.School;

/** A member of staff who receives staff data for the forms and year groups assigned to them. */
@Entity
@Table(name = "staff_member")
public class StaffMember {

    /** A form ("7A") or a year group ("7") a member of staff receives. */
    @Embeddable
    public static class Assignment {
        @Column(nullable = false, length = 4)
        private String kind;

        @Column(nullable = false, length = 20)
        private String value;

        protected Assignment() {}

        Assignment(String kind, String value) {
            this.kind = kind;
            this.value = value;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Assignment a && a.kind.equals(kind) && a.value.equals(value);
        }

        @Override
        public int hashCode() {
            return kind.hashCode() * 31 + value.hashCode();
        }
    }

    static final String FORM = "FORM";
    static final String YEAR = "YEAR";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 320)
    private String email;

    @Column(length = 100)
    private String username;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_assignment", joinColumns = @JoinColumn(name = "staff_id"))
    private Set<Assignment> assignments = new LinkedHashSet<>();

    protected StaffMember() {}

    public StaffMember(
            School school,
            String name,
            String email,
            Optional<String> username,
            List<String> forms,
            List<String> yearGroups) {
        this.school = school;
        this.name = name;
        this.email = email;
        this.username = username.orElse(null);
        forms.forEach(f -> assignments.add(new Assignment(FORM, f)));
        yearGroups.forEach(y -> assignments.add(new Assignment(YEAR, y)));
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public Optional<String> getUsername() {
        return Optional.ofNullable(username);
    }

    public List<String> forms() {
        return of(FORM);
    }

    public List<String> yearGroups() {
        return of(YEAR);
    }

    private List<String> of(String kind) {
        return assignments.stream()
                .filter(a -> a.kind.equals(kind))
                .map(a -> a.value)
                .sorted()
                .toList();
    }
}
