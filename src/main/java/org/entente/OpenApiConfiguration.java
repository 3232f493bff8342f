package org.entente;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
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
                .addSecuritySchemes(
                    "token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
        .addSecurityItem(new SecurityRequirement().addList("token"));
  }
}
