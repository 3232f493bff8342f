package org.entente;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs MockMvc requests in as one of the demo accounts, loaded as the application loads them. */
public class DemoUsers {

  private final UserDetailsService users;

  public DemoUsers(UserDetailsService users) {
    this.users = users;
  }

  public RequestPostProcessor as(String username) {
    return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
  }
}
