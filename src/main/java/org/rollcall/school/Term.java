package org.rollcall.school;

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

/** A term (autumn, spring, summer) within an academic year. */
@Entity
@Table(name = "term")
public class Term {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "academic_year_id")
    private AcademicYear academicYear;

    @Column(nullable = false, length = 40)
    private String name;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "half_term_start")
    private LocalDate halfTermStart;

    @Column(name = "half_term_end")
    private LocalDate halfTermEnd;

    protected Term() {}

    Term(
            AcademicYear academicYear,
            String name,
            LocalDate startDate,
            LocalDate endDate,
            Optional<LocalDate> halfTermStart,
            Optional<LocalDate> halfTermEnd) {
        this.academicYear = academicYear;
        this.name = name;
        this.startDate = startDate;
        this.endDate = endDate;
        this.halfTermStart = halfTermStart.orElse(null);
        this.halfTermEnd = halfTermEnd.orElse(null);
    }

    /** Whether the school is in this term on the date and not on half-term holiday. */
    public boolean inTermTime(LocalDate date) {
        boolean inTerm = !date.isBefore(startDate) && !date.isAfter(endDate);
        boolean halfTerm = halfTermStart != null
                && halfTermEnd != null
                && !date.isBefore(halfTermStart)
                && !date.isAfter(halfTermEnd);
        return inTerm && !halfTerm;
    }

    public Optional<LocalDate> getHalfTermStart() {
        return Optional.ofNullable(halfTermStart);
    }

    public Optional<LocalDate> getHalfTermEnd() {
        return Optional.ofNullable(halfTermEnd);
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public AcademicYear getAcademicYear() {
        return academicYear;
    }
}
