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
                    "Read the partnership register of an area. Authenticate with a personal API"
                        + " token, created on your account page, sent as 'Authorization: Bearer"
                        + " TOKEN'. Errors are problem+json.")
                .license(new License().name("Open source")))
        .components(
            new Components()
                .addSecuritySchemes(
                    "token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
        .addSecurityItem(new SecurityRequirement().addList("token"));
  }
}
