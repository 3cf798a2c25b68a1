package org.rollcall.evaluation.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rollcall.evaluation.synthesis.RagBand;
import org.rollcall.evaluation.synthesis.Scale;

/** One version of a self-evaluation framework; reference data written by migrations, never by the application. */
@Entity
@Table(name = "framework")
public class Framework {
    @Id
    private Long id;

    @Column(name = "framework_key", nullable = false, length = 40)
    private String key;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 200)
    private String source;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private RatingKind rating;

    @Column(name = "scale_min", nullable = false)
    private int scaleMin;

    @Column(name = "scale_max", nullable = false)
    private int scaleMax;

    @Column(name = "disagreement_spread", nullable = false)
    private int disagreementSpread;

    @Column(columnDefinition = "TEXT")
    private String description;

    @OneToMany(mappedBy = "framework")
    @OrderBy("scoreFrom")
    private List<FrameworkBand> bands;

    @OneToMany(mappedBy = "framework")
    @OrderBy("position")
    private List<FrameworkHeading> headings;

    protected Framework() {}

    public Scale scale() {
        return new Scale(
                scaleMin,
                scaleMax,
                bands.stream()
                        .map(b -> new RagBand(b.getRag(), b.getScoreFrom(), b.getScoreTo()))
                        .toList(),
                disagreementSpread);
    }

    /** Every item in order, across headings. */
    public List<FrameworkItem> items() {
        return headings.stream().flatMap(h -> h.getItems().stream()).toList();
    }

    public Optional<FrameworkItem> item(String code) {
        return items().stream()
                .filter(i -> i.getCode().equalsIgnoreCase(code.trim()))
                .findFirst();
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public int getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public String getSource() {
        return source;
    }

    public RatingKind getRating() {
        return rating;
    }

    public int getScaleMin() {
        return scaleMin;
    }

    public int getScaleMax() {
        return scaleMax;
    }

    public int getDisagreementSpread() {
        return disagreementSpread;
    }

    public Optional<String> getDescription() {
        return Optional.ofNullable(description);
    }

    public List<FrameworkBand> getBands() {
        return bands;
    }

    public List<FrameworkHeading> getHeadings() {
        return headings;
    }
}
