package org.platekeeper.web.api.reads;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.platekeeper.reads.application.RecognitionTrial;
import org.platekeeper.shared.domain.Role;

/** The recogniser on trial: what it reads in a picture, stored nowhere. */
@Path("/v1/recognition")
@RolesAllowed(Role.Names.ADMINISTRATOR)
@Tag(name = "Ingest")
public class RecognitionResource {

    @Inject
    RecognitionTrial trial;

    @POST
    @Consumes({"image/jpeg", "image/png"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read the plates in a picture without storing anything (the trial is audited)")
    public RecognitionTrial.Result read(InputStream picture, @QueryParam("name") String name) {
        try {
            return trial.read(picture.readAllBytes(), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
