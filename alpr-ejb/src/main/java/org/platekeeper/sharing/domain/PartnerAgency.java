package org.platekeeper.sharing.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.platekeeper.shared.domain.RequiredText;
import org.platekeeper.shared.domain.TimeOrderedId;

/**
 * Another agency that may receive our data under an agreement (OD-R3). Its type decides whether it may hold one at
 * all (PC-D1); its state and whether it is federal let a profile bar partners from elsewhere.
 */
@Entity
@Table(name = "partner_agency")
public class PartnerAgency {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int CONTACT_MAX_LENGTH = 300;

    @Id
    private UUID id;

    @Column(name = "name", nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(name = "ori", nullable = false, unique = true, length = Ori.LENGTH)
    private String ori;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    private AgencyType type;

    @Column(name = "state", nullable = false, length = 2)
    private String state;

    @Column(name = "federal", nullable = false)
    private boolean federal;

    @Column(name = "contact", nullable = false, length = CONTACT_MAX_LENGTH)
    private String contact;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PartnerAgency() {
    }

    public PartnerAgency(String name, Ori ori, AgencyType type, String state, boolean federal, String contact,
                         String createdBy, Instant now) {
        this.id = TimeOrderedId.at(now);
        this.name = RequiredText.of(name, "name", NAME_MAX_LENGTH);
        this.ori = Objects.requireNonNull(ori, "ori").value();
        this.type = Objects.requireNonNull(type, "type");
        this.state = requireState(state);
        this.federal = federal;
        this.contact = RequiredText.of(contact, "contact", CONTACT_MAX_LENGTH);
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    private static String requireState(String value) {
        String code = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("the state is its two-letter postal code, e.g. MO");
        }
        return code;
    }

    /** PC-D1: only a law-enforcement or prosecutorial agency may be given data. */
    public boolean mayHoldAgreement() {
        return type.mayHoldAgreement();
    }

    /** Whether the agency is outside the given state or federal, for profiles that share within the state only. */
    public boolean isOutside(String agencyState) {
        return federal || !state.equalsIgnoreCase(agencyState);
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Ori ori() {
        return new Ori(ori);
    }

    public AgencyType type() {
        return type;
    }

    public String state() {
        return state;
    }

    public boolean federal() {
        return federal;
    }

    public String contact() {
        return contact;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
