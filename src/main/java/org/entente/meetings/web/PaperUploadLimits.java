package org.entente.meetings.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Uploads accepted by the server follow the size limit of papers ({@code entente.papers.max-size}):
 * a request may be that large and a little more, for the other fields of the form; every uploaded
 * file goes to a temporary file rather than memory. The exact limit on the file is enforced while
 * it is copied, so that the form can say what went wrong and keep what was typed.
 *
 * <p>A request to attach a paper that says it is larger than the server accepts is sent back to the
 * form, which explains the limit, before anything reads it: otherwise the server would fail to read
 * the form (and its CSRF token) and the user would see an error page.
 */
@Configuration(proxyBeanMethods = false)
class PaperUploadLimits {

  private static final long FORM_FIELDS = 1024 * 1024;
  private static final Pattern ATTACH =
      Pattern.compile("^(/areas/[^/]+/partnerships/\\d+/meetings/\\d+/papers)/?$");

  @Bean
  MultipartConfigElement multipartConfigElement(
      @Value("${entente.papers.max-size:20MB}") DataSize maxSize) {
    long request = requestLimit(maxSize);
    return new MultipartConfigElement("", request, request, 0);
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> oversizePapers(
      @Value("${entente.papers.max-size:20MB}") DataSize maxSize) {
    long limit = requestLimit(maxSize);
    OncePerRequestFilter filter =
        new OncePerRequestFilter() {
          @Override
          protected void doFilterInternal(
              HttpServletRequest request, HttpServletResponse response, FilterChain chain)
              throws ServletException, IOException {
            if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > limit) {
              Matcher attach =
                  ATTACH.matcher(
                      request.getRequestURI().substring(request.getContextPath().length()));
              if (attach.matches()) {
                response.sendRedirect(
                    request.getContextPath() + attach.group(1) + "/new?tooLarge=true");
                return;
              }
            }
            chain.doFilter(request, response);
          }
        };
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(filter);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    registration.addUrlPatterns("/areas/*");
    return registration;
  }

  private static long requestLimit(DataSize maxSize) {
    return maxSize.toBytes() + FORM_FIELDS;
  }
}
