package org.platekeeper.web.api.hotlists;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.platekeeper.hotlists.application.EntryView;
import org.platekeeper.hotlists.application.HotListImports;
import org.platekeeper.hotlists.application.HotListMatcher;
import org.platekeeper.hotlists.application.HotLists;
import org.platekeeper.hotlists.application.HotListView;
import org.platekeeper.hotlists.application.ImportView;
import org.platekeeper.hotlists.application.NewHotList;
import org.platekeeper.hotlists.domain.HotListFileFormat;
import org.platekeeper.shared.application.InvalidRequestException;
import org.platekeeper.shared.domain.Role;

/** Hot lists, their entries (PC-B3) and file imports. */
@Path("/v1/hotlists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Hot lists")
public class HotListResource {

    @Inject
    HotLists hotLists;

    @Inject
    HotListImports imports;

    @GET
    public List<HotListView> lists() {
        return hotLists.lists();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    @Operation(summary = "Create a list that file imports fill (ADMINISTRATOR)")
    public Response create(@NotNull @Valid NewHotList list) {
        HotListView created = hotLists.create(list);
        return Response.created(URI.create("/api/v1/hotlists/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    public HotListView list(@PathParam("id") UUID id) {
        return hotLists.list(id);
    }

    @GET
    @Path("/{id}/entries")
    @Operation(summary = "Active entries, optionally those whose plate starts with a prefix (at most 500)")
    public List<EntryView> entries(@PathParam("id") UUID id, @QueryParam("plate") String platePrefix) {
        return hotLists.entries(id, platePrefix);
    }

    /**
     * The file is the request body as it is (text/plain, text/csv or application/octet-stream). The import runs in
     * the background: 202 with the import, whose progress and report {@code GET /imports/{importId}} answers.
     */
    @POST
    @Path("/{id}/imports")
    @Consumes({MediaType.TEXT_PLAIN, "text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.SUPERVISOR})
    @Operation(summary = "Replace the list's entries with a file (NCIC_FIXED, NCIC_CSV or GENERIC_CSV)")
    public Response startImport(@PathParam("id") UUID id, @QueryParam("format") String format,
                                @QueryParam("fileName") String fileName, InputStream file) {
        ImportView started = imports.start(id, format(format), fileName, file);
        return Response.accepted(started).location(URI.create("/api/v1/hotlists/imports/" + started.id()))
                .build();
    }

    @GET
    @Path("/{id}/imports")
    @RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.SUPERVISOR})
    public List<ImportView> imports(@PathParam("id") UUID id) {
        return imports.imports(id);
    }

    @GET
    @Path("/imports/{importId}")
    @RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.SUPERVISOR})
    @Operation(summary = "An import's progress, and its report of accepted and rejected lines when it has ended")
    public ImportView importStatus(@PathParam("importId") UUID importId) {
        return imports.status(importId);
    }

    @GET
    @Path("/index")
    @Operation(summary = "What the matching index holds and when it was built")
    public HotListMatcher.IndexStatus index() {
        return hotLists.index();
    }

    private static HotListFileFormat format(String format) {
        if (format == null || format.isBlank()) {
            throw new InvalidRequestException("format is required: NCIC_FIXED, NCIC_CSV or GENERIC_CSV");
        }
        try {
            return HotListFileFormat.valueOf(format.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidRequestException("format '" + format + "' is not NCIC_FIXED, NCIC_CSV or GENERIC_CSV");
        }
    }
}
