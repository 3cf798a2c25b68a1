package org.rollcall.casework.letters;

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
import java.time.LocalDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rollcall.attendance.Contact;
import org.rollcall.casework.intervention.Intervention;
import org.rollcall.delivery.Document;

/** One letter to one contact: emailed through the outbox, or waiting in the print file to be posted. */
@Entity
@Table(name = "casework_letter")
public class CaseworkLetter {

    public enum Status {
        EMAILED,
        TO_PRINT,
        PRINTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "intervention_id")
    private Intervention intervention;

    @ManyToOne(optional = false)
    @JoinColumn(name = "document_id")
    private Document document;

    @Column(name = "contact_name", nullable = false, length = 200)
    private String contactName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private Contact.Channel channel;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected CaseworkLetter() {}

    CaseworkLetter(
            Intervention intervention,
            Document document,
            String contactName,
            Contact.Channel channel,
            Status status,
            LocalDateTime createdAt) {
        this.intervention = intervention;
        this.document = document;
        this.contactName = contactName;
        this.channel = channel;
        this.status = status;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Intervention getIntervention() {
        return intervention;
    }

    public Document getDocument() {
        return document;
    }

    public String getContactName() {
        return contactName;
    }

    public Contact.Channel getChannel() {
        return channel;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
