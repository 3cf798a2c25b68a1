package org.rollcall.attendance;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rollcall.school.School;

/** A pupil on a school's roll, known by UPN, with the characteristics reports group by and the spells on roll. */
@Entity
@Table(name = "pupil")
public class Pupil {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @Column(nullable = false, length = 13)
    private String upn;

    @Column(nullable = false, length = 100)
    private String surname;

    @Column(nullable = false, length = 100)
    private String forename;

    @Column(name = "year_group", nullable = false, length = 3)
    private String yearGroup;

    @Column(nullable = false, length = 20)
    private String form;

    private LocalDate dob;

    @Column(length = 1)
    private String gender;

    @Column(name = "admission_date")
    private LocalDate admissionDate;

    @Column(name = "leaving_date")
    private LocalDate leavingDate;

    private Boolean fsm;

    private Boolean disadvantaged;

    @Column(length = 1)
    private String sen;

    private Boolean eal;

    @Column(length = 10)
    private String ethnicity;

    @Column(name = "looked_after")
    private Boolean lookedAfter;

    @Column(name = "child_in_need")
    private Boolean childInNeed;

    @Column(name = "young_carer")
    private Boolean youngCarer;

    @OneToMany(mappedBy = "pupil", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("admissionDate")
    private List<Enrolment> enrolments = new ArrayList<>();

    protected Pupil() {}

    public Pupil(School school, String upn) {
        this.school = school;
        this.upn = upn;
    }

    /** Replaces the details that come from the MIS; returns whether anything changed. */
    public boolean update(PupilDetails d) {
        if (d.equals(details())) {
            return false;
        }
        surname = d.surname();
        forename = d.forename();
        yearGroup = d.yearGroup();
        form = d.form();
        dob = d.dob().orElse(null);
        gender = d.gender().orElse(null);
        fsm = d.fsm().orElse(null);
        disadvantaged = d.disadvantaged().orElse(null);
        sen = d.sen().orElse(null);
        eal = d.eal().orElse(null);
        ethnicity = d.ethnicity().orElse(null);
        lookedAfter = d.lookedAfter().orElse(null);
        childInNeed = d.childInNeed().orElse(null);
        youngCarer = d.youngCarer().orElse(null);
        return true;
    }

    public PupilDetails details() {
        return new PupilDetails(
                surname,
                forename,
                yearGroup,
                form,
                Optional.ofNullable(dob),
                Optional.ofNullable(gender),
                Optional.ofNullable(fsm),
                Optional.ofNullable(disadvantaged),
                Optional.ofNullable(sen),
                Optional.ofNullable(eal),
                Optional.ofNullable(ethnicity),
                Optional.ofNullable(lookedAfter),
                Optional.ofNullable(childInNeed),
                Optional.ofNullable(youngCarer));
    }

    /**
     * Records a spell on roll: the same admission date updates that spell's leaving date, a new
     * one opens another spell (a pupil who left and rejoined). Returns whether anything changed.
     */
    public boolean enrol(LocalDate admission, Optional<LocalDate> leaving) {
        Optional<Enrolment> same = enrolments.stream()
                .filter(e -> e.getAdmissionDate().equals(admission))
                .findFirst();
        boolean changed;
        if (same.isPresent()) {
            changed = same.get().leave(leaving);
        } else {
            enrolments.add(new Enrolment(this, admission, leaving.orElse(null)));
            changed = true;
        }
        Enrolment latest = enrolments.stream()
                .max(java.util.Comparator.comparing(Enrolment::getAdmissionDate))
                .orElseThrow();
        admissionDate = latest.getAdmissionDate();
        leavingDate = latest.getLeavingDate().orElse(null);
        return changed;
    }

    public Long getId() {
        return id;
    }

    public School getSchool() {
        return school;
    }

    public String getUpn() {
        return upn;
    }

    public String getSurname() {
        return surname;
    }

    public String getForename() {
        return forename;
    }

    public String getYearGroup() {
        return yearGroup;
    }

    public String getForm() {
        return form;
    }

    public Optional<LocalDate> getAdmissionDate() {
        return Optional.ofNullable(admissionDate);
    }

    public Optional<LocalDate> getLeavingDate() {
        return Optional.ofNullable(leavingDate);
    }

    public List<Enrolment> getEnrolments() {
        return List.copyOf(enrolments);
    }
}
