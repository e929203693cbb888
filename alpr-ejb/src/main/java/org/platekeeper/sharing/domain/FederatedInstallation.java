package org.platekeeper.sharing.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.platekeeper.shared.domain.RequiredText;
import org.platekeeper.shared.domain.TimeOrderedId;

/**
 * Another agency's installation that has made us its partner: its partner API's address and the credential it issued
 * us. An investigator's exact-plate search may be put to it under the search's own justification; the answers come
 * back marked with the agency they came from.
 */
@Entity
@Table(name = "federated_installation")
public class FederatedInstallation {

    public static final int BASE_URL_MAX_LENGTH = 500;
    public static final int CREDENTIAL_MAX_LENGTH = 200;

    @Id
    private UUID id;

    @Column(name = "name", nullable = false, length = PartnerAgency.NAME_MAX_LENGTH)
    private String name;

    @Column(name = "ori", nullable = false, length = Ori.LENGTH)
    private String ori;

    @Column(name = "base_url", nullable = false, length = BASE_URL_MAX_LENGTH)
    private String baseUrl;

    @Column(name = "credential", nullable = false, length = CREDENTIAL_MAX_LENGTH)
    private String credential;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected FederatedInstallation() {
    }

    public FederatedInstallation(String name, Ori ori, String baseUrl, String credential, String createdBy,
                                 Instant now) {
        this.id = TimeOrderedId.at(now);
        this.name = RequiredText.of(name, "name", PartnerAgency.NAME_MAX_LENGTH);
        this.ori = ori.value();
        this.baseUrl = baseUrlOf(baseUrl);
        this.credential = RequiredText.of(credential, "credential the partner issued",
                CREDENTIAL_MAX_LENGTH);
        this.enabled = true;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    private static String baseUrlOf(String text) {
        String trimmed = text == null ? "" : text.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        try {
            URI uri = new URI(trimmed);
            if (("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && uri.getUserInfo() == null && uri.getQuery() == null
                    && uri.getFragment() == null && trimmed.length() <= BASE_URL_MAX_LENGTH) {
                return trimmed;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw new IllegalArgumentException("the installation's address must be an absolute http or https URL such "
                + "as https://alpr.partner.example, with no user name, query or fragment");
    }

    /** The address of the partner API's exact-plate query. */
    public URI queryUrl() {
        return URI.create(baseUrl + "/api/partner/v1/queries");
    }

    public void disable() {
        enabled = false;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String ori() {
        return ori;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String credential() {
        return credential;
    }

    public boolean enabled() {
        return enabled;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
