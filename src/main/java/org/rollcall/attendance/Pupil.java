package org.rollcall.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;
import org.rollcall.school.School;

/** A pupil on a school's roll, known by UPN, with the characteristics reports group by. */
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

    @Column(name = "admission_date")
    private LocalDate admissionDate;

    @Column(name = "leaving_date")
    private LocalDate leavingDate;

    protected Pupil() {
    }

    public Pupil(School school, String upn) {
        this.school = school;
        this.upn = upn;
    }

    public void update(String newSurname, String newForename, String newYearGroup, String newForm) {
        this.surname = newSurname;
        this.forename = newForename;
        this.yearGroup = newYearGroup;
        this.form = newForm;
    }

    public Long getId() {
        return id;
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
}
