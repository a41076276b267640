package io.macrodigest.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.macrodigest.story.RebuildProgress;
import io.macrodigest.story.StoryRebuild;

@Path("/api/admin/stories/rebuild")
@Tag(name = "admin")
@Produces(MediaType.APPLICATION_JSON)
public class StoryAdminResource {

    private final StoryRebuild rebuild;

    public StoryAdminResource(StoryRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @POST
    @WriteAccess
    @Operation(summary = "Embed and re-cluster stored articles in the background; resumes an unfinished run "
            + "unless restart=true. 202 with the progress, 409 while a run is going")
    public Response start(@QueryParam("restart") boolean restart) {
        if (!rebuild.start(restart)) {
            throw ApiProblem.conflict("A story rebuild is already running (here or on another instance).");
        }
        return Response.accepted(rebuild.progress()).build();
    }

    @GET
    @Operation(summary = "Progress of the story rebuild")
    public RebuildProgress progress() {
        return rebuild.progress();
    }
}
