package org.entente;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at /v3/api-docs, browsable at /api. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  @Bean
  OpenAPI ententeApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Entente API")
                .version("v1")
                .description(
                    "Read the partnership register of an area, and read and keep the bodies,"
                        + " seats, memberships, meetings, decisions and actions of its"
                        + " partnerships. Authenticate with a personal API token, created on your"
                        + " account page, sent as 'Authorization: Bearer TOKEN'. Every role of the"
                        + " area reads; a partnership's officers and administrators write. Writes"
                        + " send the version of the record they change. Errors are problem+json:"
                        + " 400 with 'errors' naming each field at fault, 403 for a role that may"
                        + " not write, 404 for what does not exist or cannot be seen, 409 for a"
                        + " stale version; nothing is ever half-saved.")
                .license(new License().name("Open source")))
        .components(
            new Components()
                .addSchemas("Problem", problemSchema())
                .addSecuritySchemes(
                    "token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
        .addSecurityItem(new SecurityRequirement().addList("token"));
  }

  /** Every operation answers its errors as problem+json; the description says which and when. */
  @Bean
  OpenApiCustomizer problemResponses() {
    return api ->
        api.getPaths()
            .values()
            .forEach(
                path ->
                    path.readOperationsMap()
                        .forEach(
                            (method, operation) -> {
                              ApiResponses responses = operation.getResponses();
                              add(responses, "401", "No token, or one that is unknown or revoked");
                              add(
                                  responses,
                                  "404",
                                  "No such record in this area, or one you may not see");
                              if (method != PathItem.HttpMethod.GET) {
                                add(
                                    responses,
                                    "400",
                                    "Bad input; 'errors' names each field at fault. Nothing was"
                                        + " saved");
                                add(responses, "403", "Your role may not change this");
                                add(
                                    responses,
                                    "409",
                                    "The version sent is stale, or the record can no longer be"
                                        + " changed. Nothing was saved");
                              }
                            }));
  }

  private static void add(ApiResponses responses, String status, String description) {
    if (!responses.containsKey(status)) {
      responses.addApiResponse(
          status,
          new ApiResponse()
              .description(description)
              .content(
                  new Content()
                      .addMediaType(
                          "application/problem+json",
                          new MediaType()
                              .schema(new Schema<>().$ref("#/components/schemas/Problem")))));
    }
  }

  @SuppressWarnings("rawtypes")
  private static Schema problemSchema() {
    return new ObjectSchema()
        .description("An error, as RFC 9457 problem details")
        .addProperty("type", new StringSchema())
        .addProperty("title", new StringSchema())
        .addProperty("status", new IntegerSchema())
        .addProperty("detail", new StringSchema())
        .addProperty("instance", new StringSchema())
        .addProperty(
            "errors",
            new ArraySchema()
                .description("The fields at fault, for bad input")
                .items(
                    new ObjectSchema()
                        .addProperty("field", new StringSchema())
                        .addProperty("message", new StringSchema())));
  }
}
