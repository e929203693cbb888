package org.platekeeper.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API: people sign in with HTTP Basic; every answer, errors included, is JSON. */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Platekeeper API", version = "1",
                description = "On-premises ALPR back office: reads, hot lists, alerts, searches under policy, "
                        + "retention, audit.",
                license = @License(name = "AGPL-3.0-or-later")),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class PlatekeeperApi extends Application {
}
