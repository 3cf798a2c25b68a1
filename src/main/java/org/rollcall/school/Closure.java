package org.rollcall.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A day in term when the school is closed: a planned closure (#), an INSET day or a bank holiday. */
@Entity
@Table(name = "closure")
public class Closure {

    /** Why the school is closed that day. */
    public enum Kind {
        PLANNED,
        INSET,
        BANK_HOLIDAY
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "academic_year_id")
    private AcademicYear academicYear;

    @Column(name = "closure_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(length = 200)
    private String description;

    protected Closure() {}

    Closure(AcademicYear academicYear, LocalDate date, Kind kind, Optional<String> description) {
        this.academicYear = academicYear;
        this.date = date;
        this.kind = kind;
        this.description = description.orElse(null);
    }

    public LocalDate getDate() {
        return date;
    }

    public Kind getKind() {
        return kind;
    }

    public Optional<String> getDescription() {
        return Optional.ofNullable(description);
    }
}
