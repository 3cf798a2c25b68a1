package org.rollcall.attendance;

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
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A parent or carer of a pupil, with how they want to receive letters. */
@Entity
@Table(name = "contact")
public class Contact {

    /** How correspondence reaches the contact. */
    public enum Channel {
        EMAIL,
        POST
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "pupil_id")
    private Pupil pupil;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 60)
    private String relationship;

    @Column(length = 320)
    private String email;

    @Column(length = 500)
    private String address;

    @Column(nullable = false)
    private int priority;

    @Column(name = "receives_correspondence", nullable = false)
    private boolean receivesCorrespondence;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private Channel channel;

    protected Contact() {}

    public Contact(
            Pupil pupil,
            String name,
            String relationship,
            Optional<String> email,
            Optional<String> address,
            int priority,
            boolean receivesCorrespondence,
            Channel channel) {
        this.pupil = pupil;
        this.name = name;
        this.relationship = relationship;
        this.email = email.orElse(null);
        this.address = address.orElse(null);
        this.priority = priority;
        this.receivesCorrespondence = receivesCorrespondence;
        this.channel = channel;
    }

    public Pupil getPupil() {
        return pupil;
    }

    public String getName() {
        return name;
    }

    public String getRelationship() {
        return relationship;
    }

    public Optional<String> getEmail() {
        return Optional.ofNullable(email);
    }

    public Optional<String> getAddress() {
        return Optional.ofNullable(address);
    }

    public int getPriority() {
        return priority;
    }

    public boolean isReceivesCorrespondence() {
        return receivesCorrespondence;
    }

    public Channel getChannel() {
        return channel;
    }
}
