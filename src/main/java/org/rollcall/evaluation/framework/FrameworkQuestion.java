package org.rollcall.evaluation.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Optional;

/** An example question of a chevron with the Red and Green descriptors the seed puts beside it. */
@Entity
@Table(name = "framework_question")
public class FrameworkQuestion {
    @Id
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id")
    private FrameworkItem item;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String question;

    @Column(columnDefinition = "TEXT")
    private String red;

    @Column(columnDefinition = "TEXT")
    private String green;

    protected FrameworkQuestion() {}

    public String getQuestion() {
        return question;
    }

    public Optional<String> getRed() {
        return Optional.ofNullable(red);
    }

    public Optional<String> getGreen() {
        return Optional.ofNullable(green);
    }
}
