package org.entente.meetings.web;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Uploads accepted by the server follow the size limit of papers ({@code entente.papers.max-size}):
 * a file may be that large, the whole request a little larger for the other fields of the form.
 * Every uploaded file goes to a temporary file rather than memory.
 */
@Configuration(proxyBeanMethods = false)
class PaperUploadLimits {

  private static final long FORM_FIELDS = 1024 * 1024;

  @Bean
  MultipartConfigElement multipartConfigElement(
      @Value("${entente.papers.max-size:20MB}") DataSize maxSize) {
    return new MultipartConfigElement("", maxSize.toBytes(), maxSize.toBytes() + FORM_FIELDS, 0);
  }
}
