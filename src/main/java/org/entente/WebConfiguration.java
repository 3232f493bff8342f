package org.entente;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

/** Serves GOV.UK Frontend's fonts and images at /assets, where its stylesheet expects them. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

  private final WebJarVersionLocator webJars = new WebJarVersionLocator();

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    String version = webJars.version("govuk-frontend");
    registry
        .addResourceHandler("/assets/**")
        .addResourceLocations(
            "classpath:/META-INF/resources/webjars/govuk-frontend/"
                + version
                + "/dist/govuk/assets/");
  }
}
