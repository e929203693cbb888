package org.platekeeper.search.domain;

/** Places where people exercise protected rights or seek protected care (PC-B4). */
public enum SensitiveLocationKind {
    PLACE_OF_WORSHIP, PERMITTED_ASSEMBLY, HEALTH_CLINIC, SHELTER, POLITICAL_OFFICE, SCHOOL, OTHER
}
