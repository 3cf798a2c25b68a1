package org.rollcall.school;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** An academic year of a school (for example 2025/26) with its terms. */
@Entity
@Table(name = "academic_year")
public class AcademicYear {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @Column(nullable = false, length = 9)
    private String label;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @OneToMany(mappedBy = "academicYear", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startDate")
    private List<Term> terms = new ArrayList<>();

    protected AcademicYear() {}

    public AcademicYear(School school, String label, LocalDate startDate, LocalDate endDate) {
        this.school = school;
        this.label = label;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    @OneToMany(mappedBy = "academicYear", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("date")
    private List<Closure> closures = new ArrayList<>();

    public void addTerm(
            String name,
            LocalDate start,
            LocalDate end,
            Optional<LocalDate> halfTermStart,
            Optional<LocalDate> halfTermEnd) {
        terms.add(new Term(this, name, start, end, halfTermStart, halfTermEnd));
    }

    public void addClosure(LocalDate date, Closure.Kind kind, Optional<String> description) {
        closures.add(new Closure(this, date, kind, description));
    }

    public List<Closure> getClosures() {
        return List.copyOf(closures);
    }

    public String getLabel() {
        return label;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public List<Term> getTerms() {
        return List.copyOf(terms);
    }
}
