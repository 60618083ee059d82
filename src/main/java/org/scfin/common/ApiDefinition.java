package org.scfin.common;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Registers the shared schemas that {@link OpenApiConventions} refers to. */
@OpenAPIDefinition(
        info = @Info(title = "Supply-chain receivables financing API", version = "1.0.0"),
        components =
                @Components(
                        schemas = {
                            @Schema(name = "Problem", implementation = Problem.class),
                            @Schema(name = "FieldError", implementation = FieldError.class)
                        }))
public class ApiDefinition extends Application {}
