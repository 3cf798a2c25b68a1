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
import java.util.Objects;
import java.util.Optional;

/** One spell on roll: from admission to leaving (open while the pupil is still on roll). */
@Entity
@Table(name = "enrolment")
public class Enrolment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "pupil_id")
    private Pupil pupil;

    @Column(name = "admission_date", nullable = false)
    private LocalDate admissionDate;

    @Column(name = "leaving_date")
    private LocalDate leavingDate;

    protected Enrolment() {}

    Enrolment(Pupil pupil, LocalDate admissionDate, LocalDate leavingDate) {
        this.pupil = pupil;
        this.admissionDate = admissionDate;
        this.leavingDate = leavingDate;
    }

    boolean leave(Optional<LocalDate> date) {
        if (Objects.equals(leavingDate, date.orElse(null))) {
            return false;
        }
        leavingDate = date.orElse(null);
        return true;
    }

    public LocalDate getAdmissionDate() {
        return admissionDate;
    }

    public Optional<LocalDate> getLeavingDate() {
        return Optional.ofNullable(leavingDate);
    }

    /** Whether the pupil was on roll on this date (both ends count). */
    public boolean covers(LocalDate date) {
        return !date.isBefore(admissionDate) && (leavingDate == null || !date.isAfter(leavingDate));
    }
}
