package org.entente.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.directory.Areas;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Two ways in: people sign in with a form and a session; scripts call /api/v1 with a personal
 * token. Areas are walled off from each other: a page of an area needs a role in that area.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  private static final String[] PUBLIC_PATHS = {
    "/assets/**",
    "/webjars/**",
    "/css/**",
    "/js/**",
    "/favicon.ico",
    "/login",
    "/error",
    "/password/**",
    "/actuator/health",
    "/v3/api-docs/**",
    "/swagger-ui/**",
    "/api",
    // calendar feeds: the secret key in the address stands for the account (see meetings)
    "/calendar/**",
    // a health check respondent's page: the random token in the address stands for them
    "/health-checks/respond/**"
  };

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  UserDetailsService userDetailsService(Accounts accounts) {
    return username ->
        accounts
            .principal(username)
            .orElseThrow(() -> new UsernameNotFoundException("no such account"));
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, Accounts accounts, Areas areas, Access access)
      throws Exception {
    http.securityMatcher("/api/v1/**")
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // no cookies are accepted here, so there is nothing for a cross-site request to borrow
        .csrf(c -> c.disable())
        .addFilterBefore(new BearerTokenFilter(accounts), BasicAuthenticationFilter.class)
        .authorizeHttpRequests(
            a ->
                a.requestMatchers("/api/v1/health-checks/respond/**")
                    .permitAll()
                    .requestMatchers("/api/v1/areas/{area}/**")
                    .access(areaReader(areas, access))
                    .anyRequest()
                    .authenticated())
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (req, res, ex) ->
                            problem(
                                res,
                                HttpStatus.UNAUTHORIZED,
                                "Sign-in needed",
                                "Send a personal API token as 'Authorization: Bearer <token>'."))
                    .accessDeniedHandler(
                        (req, res, ex) ->
                            problem(
                                res,
                                HttpStatus.FORBIDDEN,
                                "Not allowed",
                                "Your account has no role that allows this.")));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain web(HttpSecurity http, Areas areas, Access access) throws Exception {
    http.authorizeHttpRequests(
            a ->
                a.requestMatchers(PUBLIC_PATHS)
                    .permitAll()
                    .requestMatchers("/areas/{area}/admin/**")
                    .access(areaAdmin(areas, access))
                    .requestMatchers("/areas/{area}", "/areas/{area}/**")
                    .access(areaReader(areas, access))
                    .anyRequest()
                    .authenticated())
        .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
        .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
        .headers(
            h ->
                h.referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                    .contentSecurityPolicy(
                        c ->
                            c.policyDirectives(
                                "default-src 'self'; script-src 'self' 'unsafe-inline';"
                                    + " style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
                                    + " object-src 'none'; frame-ancestors 'none'")));
    return http.build();
  }

  private static AuthorizationManager<RequestAuthorizationContext> areaReader(
      Areas areas, Access access) {
    return (auth, ctx) ->
        new AuthorizationDecision(
            areaId(areas, ctx.getVariables())
                .map(id -> access.canRead(auth.get(), id))
                .orElse(true)); // an unknown area falls through to a 404
  }

  private static AuthorizationManager<RequestAuthorizationContext> areaAdmin(
      Areas areas, Access access) {
    return (auth, ctx) ->
        new AuthorizationDecision(
            areaId(areas, ctx.getVariables())
                .map(id -> access.isAdmin(auth.get(), id))
                .orElse(true));
  }

  private static Optional<Long> areaId(Areas areas, Map<String, String> variables) {
    return areas.findBySlug(variables.get("area")).map(a -> a.id());
  }

  private static void problem(
      HttpServletResponse res, HttpStatus status, String title, String detail) throws IOException {
    res.setStatus(status.value());
    res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    res.setCharacterEncoding("UTF-8");
    res.getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\""
                + title
                + "\",\"status\":"
                + status.value()
                + ",\"detail\":\""
                + detail
                + "\"}");
  }

  /** Authenticates API calls that carry a personal token. */
  static final class BearerTokenFilter extends OncePerRequestFilter {

    private final Accounts accounts;

    BearerTokenFilter(Accounts accounts) {
      this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String header = request.getHeader("Authorization");
      if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
        String token = header.substring(7).trim();
        var principal = accounts.principalForToken(token);
        if (principal.isEmpty()) {
          problem(
              response,
              HttpStatus.UNAUTHORIZED,
              "Invalid token",
              "The API token is unknown, revoked, or its account is deactivated.");
          return;
        }
        var auth =
            UsernamePasswordAuthenticationToken.authenticated(principal.get(), null, List.of());
        SecurityContextHolder.getContext().setAuthentication(auth);
      }
      chain.doFilter(request, response);
    }
  }
}
