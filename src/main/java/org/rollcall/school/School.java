package org.rollcall.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A school, known by its URN (the DfE unique reference number). */
@Entity
@Table(name = "school")
public class School {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 10)
    private String urn;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Phase phase;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected School() {}

    /** @param createdAt now, in UTC (see {@link org.rollcall.platform.StoredTime}) */
    public School(String urn, String name, Phase phase, LocalDateTime createdAt) {
        this.urn = urn;
        this.name = name;
        this.phase = phase;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public void rename(String newName, Phase newPhase, LocalDateTime at) {
        this.name = newName;
        this.phase = newPhase;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getUrn() {
        return urn;
    }

    public String getName() {
        return name;
    }

    public Phase getPhase() {
        return phase;
    }
}
